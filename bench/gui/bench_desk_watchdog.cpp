// The watchdog on the desk: is the GUI thread ever stalled for more than 50 ms while the Tags pane refreshes a
// large repository, or while a promotion runs through the plan dialog? The real window (MainWindow, wired as
// src/app/main.cpp wires it: a catalog, a registry client, the profile's simulated deployment with the demo fleet
// pulling in real time) on a real registry (Debian's docker-registry, started per run) whose kasm-demo/chrome
// repository holds TAGS dated tags (default 2,000) over eight manifests besides the demo's two builds.
//
// Phases, each reported on its own: the Tags pane opened on Chrome with an empty cache (it refreshes by itself:
// listing, one HEAD per tag, the new digests inspected, the cache written, the rows shown), F5 on a warm cache, then
// the promotion as a user drives it: Send to test from the Tags pane (plan dialog, Run), Mark verified (the note
// prompt), Deploy… (plan dialog, Run), and the dialog's Undo (the rollback). A 5 ms precise timer on the GUI thread
// records every gap between its ticks; the application's notify() names the longest single dispatch and its receiver,
// so that a gap caused by the machine's load can be told from one caused by our code, and the busiest kind of dispatch
// (receiver and event type with the most time in all: many short ones add up where no single one stands out).
// Usage: bench_desk_watchdog [RUNS] [TAGS]   (offscreen by default; per phase the median of RUNS worst gaps)
#include "RegistryFixture.h"
#include "SeedImage.h"
#include "SyncHttp.h"
#include "core/Clock.h"
#include "core/Teardown.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/promotion/PlanDialog.h"
#include "gui/promotion/PromotionBoardPane.h"
#include "gui/tags/TagsPane.h"
#include "guimodels/images/ImageTableModel.h"
#include "guimodels/promotion/PromotionBoardModel.h"
#include "guimodels/tags/TagTableModel.h"
#include "kasm/Deployment.h"
#include "kasm/ProfileDeployment.h"
#include "pull/SimulatedFleet.h"
#include "registry/RegistryClient.h"
#include "store/CatalogWorker.h"
#include "store/MemoryCredentialStore.h"
#include "workflow/ManageImage.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QInputDialog>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <map>

using namespace steward;
using namespace steward::gui;
using namespace steward::test;
using workflow::BoardLane;

namespace {

// Times every event the GUI thread dispatches at the outermost level: the longest, and what received it.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!measuring || depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++depth;
        QElapsedTimer t;
        t.start();
        const QString what = QString::fromLatin1(receiver->metaObject()->className()) + QLatin1Char(' ') +
                             receiver->objectName() + QStringLiteral(" event ") + QString::number(int(event->type()));
        const bool handled = QApplication::notify(receiver, event);
        const qint64 us = t.nsecsElapsed() / 1000;
        --depth;
        if (us / 1000 > longestMs) {
            longestMs = us / 1000;
            longestWhat = what;
        }
        Busy &busy = busyByKind[what];
        ++busy.count;
        busy.us += us;
        return handled;
    }
    // What kept the thread busy, by receiver and event type: how often, and for how long in all.
    struct Busy
    {
        int count = 0;
        qint64 us = 0;
    };
    bool measuring = false;
    int depth = 0;
    qint64 longestMs = 0;
    QString longestWhat;
    QHash<QString, Busy> busyByKind;
};

TimedApplication *timedApp()
{
    return static_cast<TimedApplication *>(QCoreApplication::instance());
}

struct PhaseFigures
{
    qint64 wallMs = 0;
    qint64 worstGapMs = 0;
    qint64 p99GapMs = 0;
    int ticks = 0;
    int over50 = 0;
    qint64 longestDispatchMs = 0;
    QString longestDispatch;
    QString busiest; // the dispatch kind that took the most time in all, with its count and total
};

// The watchdog: a 5 ms timer on the GUI thread; a gap between two ticks is how long the thread could not answer.
class Watchdog final
{
public:
    Watchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { m_gapsMs.push_back(m_since.restart()); });
    }
    void start()
    {
        m_gapsMs.clear();
        timedApp()->longestMs = 0;
        timedApp()->longestWhat.clear();
        timedApp()->busyByKind.clear();
        timedApp()->measuring = true;
        m_wall.start();
        m_since.start();
        m_timer.start(5);
    }
    PhaseFigures stop()
    {
        m_timer.stop();
        m_gapsMs.push_back(m_since.elapsed()); // the time since the last tick counts too
        timedApp()->measuring = false;
        std::sort(m_gapsMs.begin(), m_gapsMs.end());
        PhaseFigures figures;
        figures.wallMs = m_wall.elapsed();
        figures.worstGapMs = m_gapsMs.back();
        figures.p99GapMs = m_gapsMs[size_t(double(m_gapsMs.size() - 1) * 0.99)];
        figures.ticks = int(m_gapsMs.size());
        figures.over50 = int(std::count_if(m_gapsMs.begin(), m_gapsMs.end(), [](qint64 g) { return g > 50; }));
        figures.longestDispatchMs = timedApp()->longestMs;
        figures.longestDispatch = timedApp()->longestWhat;
        const auto &busy = timedApp()->busyByKind;
        const auto busiest =
            std::max_element(busy.cbegin(), busy.cend(), [](const auto &a, const auto &b) { return a.us < b.us; });
        if (busiest != busy.cend())
            figures.busiest = QStringLiteral("%1: %2 x, %3 ms")
                                  .arg(busiest.key())
                                  .arg(busiest->count)
                                  .arg(double(busiest->us) / 1000.0, 0, 'f', 1);
        return figures;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    QElapsedTimer m_wall;
    std::vector<qint64> m_gapsMs;
};

// Runs the event loop until `done` (polled every 2 ms) or the timeout; unlike QTest::qWaitFor it never sleeps, which
// would show up as gaps of its own.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(2);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

void fail(const QString &what)
{
    QTextStream(stderr) << "bench_desk_watchdog: " << what << Qt::endl;
    std::exit(1);
}

void require(bool ok, const QString &what)
{
    if (!ok)
        fail(what);
}

template<typename T>
T *part(const QObject &window, const QString &name)
{
    T *found = window.findChild<T *>(name);
    require(found != nullptr, QStringLiteral("the window has no ") + name);
    return found;
}

// The demo's builds, and `tags` dated tags (hourly from 2020, all older than production, so none is a candidate)
// spread over eight manifests: one manifest PUT per tag, no blob moves.
void seedRegistry(const RegistryFixture &registry, int tags, QString *production, QString *build)
{
    SyncHttp http;
    const QUrl base = registry.baseUrl();
    const QString chrome = QStringLiteral("kasm-demo/chrome");
    *production = seedImage(http, base, chrome, QStringLiteral("20261115-0400"), "chrome prod\n").digest;
    *build = seedImage(http, base, chrome, QStringLiteral("20261128-0400"), "chrome build\n").digest;
    seedImage(http, base, QStringLiteral("kasm-demo/terminal"), QStringLiteral("1.1"), "terminal\n");
    seedImage(http, base, QStringLiteral("kasm-demo/office"), QStringLiteral("20261110-0400"), "office\n");
    require(!production->isEmpty() && !build->isEmpty(), QStringLiteral("cannot seed the demo images"));
    const QDateTime first(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    QList<SeededImage> manifests;
    for (int i = 0; i < tags; ++i) {
        const QString tag = first.addSecs(qint64(i) * 3600).toString(QStringLiteral("yyyyMMdd-HHmm"));
        if (manifests.size() < 8) {
            manifests << seedImage(http, base, chrome, tag, "chrome old build " + QByteArray::number(i) + '\n');
            require(manifests.last().ok, QStringLiteral("cannot seed: ") + manifests.last().error);
            continue;
        }
        const SeededImage &same = manifests.at(i % manifests.size());
        QUrl url = base;
        url.setPath(QStringLiteral("/v2/") + chrome + QStringLiteral("/manifests/") + tag);
        const HttpReply put = http.send("PUT", url, same.manifestBytes, {{"Content-Type", same.mediaType.toUtf8()}});
        require(put.status == 201, QStringLiteral("tag PUT answered %1").arg(put.status));
    }
}

QModelIndex rowWith(const QAbstractItemModel *model, int role, const QString &value, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        if (model->index(row, 0, parent).data(role).toString() == value)
            return model->index(row, 0, parent);
    }
    return {};
}

// The plan dialog the last gesture opened, once it waits for the user.
PlanDialog *settledDialog(const QObject &window, PlanDialog::State state)
{
    PlanDialog *found = nullptr;
    waitUntil([&] {
        for (PlanDialog *dialog : window.findChildren<PlanDialog *>()) {
            if (dialog->isVisible() && dialog->state() == state)
                found = dialog;
        }
        return found != nullptr;
    });
    require(found != nullptr, QStringLiteral("no plan dialog reached the expected state"));
    return found;
}

void runPlan(PlanDialog *dialog)
{
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("runButton")), Qt::LeftButton);
    require(waitUntil([dialog] { return dialog->state() == PlanDialog::State::Done; }),
            QStringLiteral("the plan did not finish: ") + dialog->errorText());
}

// One run on a fresh registry, profile and window; the figures of each phase by name, in order.
QList<std::pair<QString, PhaseFigures>> runOnce(int tags)
{
    RegistryFixture registry;
    require(registry.start(), QStringLiteral("no registry: ") + registry.errorString());
    QString production;
    QString build;
    seedRegistry(registry, tags, &production, &build);

    QTemporaryDir profile;
    auto credentials = std::make_shared<store::MemoryCredentialStore>();
    auto catalog = std::make_shared<store::CatalogWorker>();
    MainWindow window;
    window.setCredentials(credentials);
    window.setRegistryClient(
        std::shared_ptr<registry::RegistryClient>(new registry::RegistryClient, steward::DeleteLater{}));
    window.resize(1280, 800);
    window.show();
    std::unique_ptr<pull::SimulatedFleet> fleet;
    window.setProfileDir(profile.path());
    window.openDeployment(
        kasm::openProfileDeployment(profile.path(), *credentials, registry.hostPort(), WallClock::instance())
            .then(&window, [&](Result<std::shared_ptr<kasm::Deployment>> opened) {
                if (opened) {
                    fleet = pull::startDemoFleet(*opened);
                    window.setFleet(fleet.get());
                }
                return opened;
            }));
    store::CatalogOptions options;
    options.profileDir = profile.path();
    bool catalogOpen = false;
    catalog->open(options).then(&window, [&](const Result<int> &opened) {
        require(bool(opened), QStringLiteral("catalog"));
        window.setCatalog(catalog);
        catalogOpen = true;
    });
    auto *images = part<ImageTableModel>(window, QStringLiteral("imageModel"));
    require(waitUntil([&] { return catalogOpen && window.deployment() && images->rowCount() > 0; }),
            QStringLiteral("the window never showed the deployment"));

    // Chrome managed, as the manage dialog does it; the board shows it.
    workflow::ManageRequest manage;
    manage.image = QStringLiteral("Chrome");
    manage.repository = registry.hostPort() + QStringLiteral("/kasm-demo/chrome");
    manage.testGroups = {QStringLiteral("Image Testers")};
    manage.strategy = store::DeployStrategy::Move;
    manage.movingTag = QStringLiteral("stable");
    std::optional<Result<workflow::Managed>> managed;
    workflow::manageImage(window.deployment(), catalog, manage, &window)
        .then(&window, [&](Result<workflow::Managed> done) { managed = std::move(done); });
    require(waitUntil([&] { return managed.has_value(); }) && *managed, QStringLiteral("manage failed"));
    auto *board = part<PromotionBoardPane>(window, QStringLiteral("promotionBoardPane"));
    PromotionBoardModel *lanes = board->model();
    const auto cards = [lanes](BoardLane lane) { return lanes->rowCount(lanes->laneIndex(lane)); };
    const auto card = [lanes](BoardLane lane) { return lanes->index(0, 0, lanes->laneIndex(lane)); };
    board->showManagedImage((*managed)->image.imageId);
    require(waitUntil([&] { return cards(BoardLane::Production) == 1; }), QStringLiteral("no board"));

    QList<std::pair<QString, PhaseFigures>> phases;
    Watchdog watchdog;
    auto *tagsPane = part<TagsPane>(window, QStringLiteral("tagsPane"));
    auto *tagModel = part<TagTableModel>(window, QStringLiteral("tagModel"));
    auto *imagesView = part<QTableView>(window, QStringLiteral("imagesView"));
    const int expected = tags + 2;
    int cachedCount = 0;
    QObject::connect(tagsPane, &TagsPane::tagsCached, &window, [&] { ++cachedCount; });

    // a) Chrome chosen: the pane finds its cache empty and refreshes by itself.
    watchdog.start();
    imagesView->setCurrentIndex(rowWith(imagesView->model(), Qt::DisplayRole, QStringLiteral("Chrome")));
    require(waitUntil([&] { return cachedCount == 1 && tagModel->rowCount() == expected; }),
            QStringLiteral("the first refresh did not show every tag"));
    phases.append({QStringLiteral("tags: first open, cache empty"), watchdog.stop()});

    // F5 on the warm cache: digests already inspected are not read again.
    watchdog.start();
    tagsPane->refreshAction()->trigger();
    require(waitUntil([&] { return cachedCount == 2 && !tagsPane->isRefreshing(); }),
            QStringLiteral("the second refresh did not finish"));
    phases.append({QStringLiteral("tags: F5, cache warm"), watchdog.stop()});

    // b) Send to test from the Tags pane, as Ctrl+Shift+T does: the plan dialog, Run, the card moves.
    watchdog.start();
    auto *tagsView = part<QTableView>(window, QStringLiteral("tagsView"));
    tagsView->setCurrentIndex(rowWith(tagsView->model(), TagTableModel::TagRole, QStringLiteral("20261128-0400")));
    part<QAction>(window, QStringLiteral("tagsSendToTestAction"))->trigger();
    PlanDialog *sending = settledDialog(window, PlanDialog::State::Planned);
    runPlan(sending);
    sending->close();
    require(waitUntil([&] { return cards(BoardLane::Testing) == 1; }), QStringLiteral("no card in Testing"));
    phases.append({QStringLiteral("promotion: send to test"), watchdog.stop()});

    watchdog.start();
    auto *testingView = part<QListView>(window, QStringLiteral("testingView"));
    testingView->setFocus();
    testingView->setCurrentIndex(card(BoardLane::Testing));
    part<QAction>(window, QStringLiteral("markVerifiedAction"))->trigger();
    QInputDialog *note = nullptr;
    require(waitUntil([&] { return (note = window.findChild<QInputDialog *>(QStringLiteral("verifyNoteDialog"))); }),
            QStringLiteral("no note prompt"));
    note->setTextValue(QStringLiteral("smoke test passed"));
    note->accept();
    require(waitUntil([&] { return cards(BoardLane::Verified) == 1; }), QStringLiteral("no card in Verified"));
    phases.append({QStringLiteral("promotion: mark verified"), watchdog.stop()});

    watchdog.start();
    auto *verifiedView = part<QListView>(window, QStringLiteral("verifiedView"));
    verifiedView->setFocus();
    verifiedView->setCurrentIndex(card(BoardLane::Verified));
    part<QAction>(window, QStringLiteral("deployAction"))->trigger();
    PlanDialog *deploying = settledDialog(window, PlanDialog::State::Planned);
    runPlan(deploying);
    require(waitUntil([&] { return card(BoardLane::Production).data(PromotionBoardModel::DigestRole) == build; }),
            QStringLiteral("production did not follow the deploy"));
    phases.append({QStringLiteral("promotion: deploy (move stable)"), watchdog.stop()});

    watchdog.start();
    QTest::mouseClick(deploying->findChild<QPushButton *>(QStringLiteral("undoButton")), Qt::LeftButton);
    require(waitUntil([&] {
                return deploying->state() == PlanDialog::State::Done &&
                       card(BoardLane::Production).data(PromotionBoardModel::DigestRole) == production;
            }),
            QStringLiteral("the rollback did not bring production back"));
    phases.append({QStringLiteral("promotion: roll back (Undo)"), watchdog.stop()});
    deploying->close();

    window.setFleet(nullptr);
    fleet.reset();
    steward::drainPostedEvents();
    return phases;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int runs = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 3;
    const int tags = args.size() > 2 ? std::max(8, args.at(2).toInt()) : 2000;
    QTextStream out(stdout);

    QStringList order;
    std::map<QString, std::vector<qint64>> worst;
    for (int run = 1; run <= runs; ++run) {
        out << "run " << run << " (" << tags << " tags):\n";
        for (const auto &[name, f] : runOnce(tags)) {
            if (!order.contains(name))
                order << name;
            worst[name].push_back(f.worstGapMs);
            out << "  " << name.leftJustified(34) << " " << f.wallMs << " ms; gaps: worst " << f.worstGapMs
                << " ms, p99 " << f.p99GapMs << " ms, over 50 ms " << f.over50 << " of " << f.ticks
                << "; longest dispatch " << f.longestDispatchMs << " ms (" << f.longestDispatch << "); busiest "
                << f.busiest << "\n";
        }
        out.flush();
    }
    out << "median of " << runs << " runs, worst GUI-thread gap per phase (bar 50 ms):\n";
    for (const QString &name : std::as_const(order)) {
        std::vector<qint64> &gaps = worst[name];
        std::sort(gaps.begin(), gaps.end());
        out << "  " << name.leftJustified(34) << " " << gaps[gaps.size() / 2] << " ms (max " << gaps.back() << " ms)\n";
    }
    return 0;
}
