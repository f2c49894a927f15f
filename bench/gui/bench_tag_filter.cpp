// Tags pane filter figures (issue 15: a keystroke updates the view in <= 50 ms at 100,000 tags). Each transition of
// the filter text is timed from the call to the moment the table has handled it (events processed, viewport
// repainted), on the Tags pane's model (TagTableModel::setFilterText: an index vector swapped in one reset) and, in
// the same run, on a plain QSortFilterProxyModel over the same tags. Medians and maxima of several runs.
// Run: bench_tag_filter [runs] [tags]
#include "guimodels/tags/TagTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace steward::gui;

namespace {

// Tags like a busy CI repository's: a date-time tag per build and a platform suffix, digests shared by a few tags.
// One build in six is "-arm64", spread through the whole list: typing "arm" drops 83% of the rows, scattered.
QList<TagRow> makeTags(int count)
{
    QRandomGenerator random(20261128);
    const QStringList suffixes{QStringLiteral("amd64"), QStringLiteral("arm64"), QStringLiteral("ppc64le"),
                               QStringLiteral("s390x"), QStringLiteral("i386"),  QStringLiteral("riscv64")};
    const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    QList<TagRow> tags;
    tags.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QDateTime created = start.addSecs(qint64(i) * 900);
        const QString suffix = suffixes.at(int(random.bounded(suffixes.size())));
        TagRow tag;
        tag.tag = created.toString(QStringLiteral("yyyyMMdd-hhmm")) + QLatin1Char('-') + suffix;
        // Every third tag shares the previous one's digest.
        const int digestOf = i % 3 == 2 ? i - 1 : i;
        tag.digest = QStringLiteral("sha256:%1").arg(qHash(digestOf, 7), 64, 16, QLatin1Char('0'));
        tag.created = created;
        tag.platforms = {QStringLiteral("linux/") + suffix};
        tag.size = 300'000'000 + i;
        tags << tag;
    }
    return tags;
}

// Both tables as the Tags pane sets its own up (TagsView): no row headers, fixed row heights.
void configure(QTableView &view)
{
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 6);
    view.setWordWrap(false);
    view.resize(1000, 600);
    view.show();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Milliseconds from `change` to a table that has caught up with it.
double timeUpdate(QTableView &view, const std::function<void()> &change)
{
    QElapsedTimer timer;
    timer.start();
    change();
    QCoreApplication::processEvents();
    view.viewport()->repaint();
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Transition
{
    QString from;
    QString to;
    QString what;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 7;
    const int count = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 100'000;
    QTextStream out(stdout);
    const QList<TagRow> tags = makeTags(count);

    // The Tags pane's model, filtering itself.
    TagTableModel own;
    own.setTags(tags);
    QTableView ownView;
    ownView.setModel(&own);
    configure(ownView);

    // The same tags through a plain proxy (the model left unfiltered).
    TagTableModel source;
    source.setTags(tags);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    proxy.setFilterKeyColumn(TagTableModel::TagColumn);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QTableView proxyView;
    proxyView.setModel(&proxy);
    configure(proxyView);
    QCoreApplication::processEvents();

    int armRows = 0;
    for (const TagRow &tag : tags)
        armRows += tag.tag.contains(QStringLiteral("arm")) ? 1 : 0;
    out << "bench_tag_filter: " << count << " tags, " << runs << " runs; \"arm\" keeps " << armRows << " rows ("
        << QString::number(100.0 * (count - armRows) / count, 'f', 0) << "% dropped, scattered)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("keystroke"), -34)
               .arg(QStringLiteral("scan med"), 10)
               .arg(QStringLiteral("model med"), 10)
               .arg(QStringLiteral("model max"), 10)
               .arg(QStringLiteral("proxy med"), 10)
               .arg(QStringLiteral("proxy max"), 10);

    const QList<Transition> transitions{
        {QString(), QStringLiteral("a"), QStringLiteral("'' → 'a' (first key)")},
        {QStringLiteral("a"), QStringLiteral("ar"), QStringLiteral("'a' → 'ar'")},
        {QStringLiteral("ar"), QStringLiteral("arm"), QStringLiteral("'ar' → 'arm'")},
        {QString(), QStringLiteral("arm"), QStringLiteral("'' → 'arm' (paste: drops 83%)")},
        {QStringLiteral("arm"), QString(), QStringLiteral("'arm' → '' (clear: all back)")},
        {QStringLiteral("2026"), QStringLiteral("2026-"), QStringLiteral("'2026' → '2026-' (no match)")},
        {QStringLiteral("2026-"), QStringLiteral("2026"), QStringLiteral("'2026-' → '2026' (backspace)")},
    };
    double worstOwn = 0;
    double worstProxy = 0;
    for (const Transition &step : transitions) {
        QList<double> ownTimes;
        QList<double> ownModelTimes; // the model's own part: the scan and the reset, without the view's
        QList<double> proxyTimes;
        for (int run = 0; run < runs; ++run) {
            own.setFilterText(step.from);
            proxy.setFilterFixedString(step.from);
            QCoreApplication::processEvents();
            ownTimes << timeUpdate(ownView, [&] {
                QElapsedTimer model;
                model.start();
                own.setFilterText(step.to);
                ownModelTimes << double(model.nsecsElapsed()) / 1e6;
            });
            proxyTimes << timeUpdate(proxyView, [&] { proxy.setFilterFixedString(step.to); });
        }
        const double ownMax = *std::max_element(ownTimes.cbegin(), ownTimes.cend());
        const double proxyMax = *std::max_element(proxyTimes.cbegin(), proxyTimes.cend());
        worstOwn = std::max(worstOwn, ownMax);
        worstProxy = std::max(worstProxy, proxyMax);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(step.what, -34)
                   .arg(QString::number(median(ownModelTimes), 'f', 1) + QStringLiteral(" ms"), 10)
                   .arg(QString::number(median(ownTimes), 'f', 1) + QStringLiteral(" ms"), 10)
                   .arg(QString::number(ownMax, 'f', 1) + QStringLiteral(" ms"), 10)
                   .arg(QString::number(median(proxyTimes), 'f', 1) + QStringLiteral(" ms"), 10)
                   .arg(QString::number(proxyMax, 'f', 1) + QStringLiteral(" ms"), 10);
        out.flush();
    }
    out << "worst keystroke: model " << QString::number(worstOwn, 'f', 1) << " ms, proxy "
        << QString::number(worstProxy, 'f', 1) << " ms\n";
    return 0;
}
