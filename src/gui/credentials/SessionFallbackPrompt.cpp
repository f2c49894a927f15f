#include "gui/credentials/SessionFallbackPrompt.h"

#include "gui/Logging.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPromise>
#include <QPushButton>
#include <QThread>

namespace steward::gui {

namespace {

// One answer per question, however the box goes away.
struct Answer
{
    std::shared_ptr<QPromise<bool>> promise;
    bool given = false;

    void give(bool keep)
    {
        if (given)
            return;
        given = true;
        promise->addResult(keep);
        promise->finish();
    }
};

} // namespace

SessionFallbackPrompt::SessionFallbackPrompt(QWidget *window) : m_window(window)
{}

SessionFallbackPrompt::~SessionFallbackPrompt() = default;

QString SessionFallbackPrompt::describeKey(const QString &key)
{
    // credentialKey(): kind, then the place (which may itself contain colons: ports, URLs), then the user or key id.
    const qsizetype kindEnd = key.indexOf(QLatin1Char(':'));
    const qsizetype whoStart = key.lastIndexOf(QLatin1Char(':')) + 1;
    if (kindEnd <= 0 || whoStart <= kindEnd + 1)
        return key;
    const QString kind = key.left(kindEnd);
    const QString where = key.mid(kindEnd + 1, whoStart - kindEnd - 2);
    const QString who = key.mid(whoStart);
    if (where.isEmpty() || who.isEmpty())
        return key;
    if (kind == QLatin1String("registry"))
        return tr("the registry login of %1 at %2").arg(who, where);
    if (kind == QLatin1String("kasm"))
        return tr("the Kasm API key %1 for %2").arg(who, where);
    return key;
}

QFuture<bool> SessionFallbackPrompt::keepForSessionOnly(const store::FallbackQuestion &question)
{
    auto promise = std::make_shared<QPromise<bool>>();
    promise->start();
    QFuture<bool> future = promise->future();
    // Widgets live on the GUI thread; a store used from elsewhere still gets its answer there.
    if (QThread::currentThread() == thread())
        ask(question, promise);
    else
        QMetaObject::invokeMethod(
            this, [this, question, promise] { ask(question, promise); }, Qt::QueuedConnection);
    return future;
}

void SessionFallbackPrompt::ask(const store::FallbackQuestion &question, const std::shared_ptr<QPromise<bool>> &promise)
{
    auto answer = std::make_shared<Answer>(Answer{promise});

    auto *box = new QMessageBox(m_window);
    box->setObjectName(boxObjectName());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Keychain unavailable"));
    box->setText(tr("The desktop keychain cannot store %1.").arg(describeKey(question.key)));
    box->setInformativeText(
        tr("The keychain reported: %1\n\nImageSteward can keep the secret in memory until it quits. It is never "
           "written to disk, and you will be asked for it again next time.")
            .arg(question.keychainError.isEmpty() ? tr("no reason given") : question.keychainError));
    QPushButton *keep = box->addButton(tr("Keep for this session only"), QMessageBox::AcceptRole);
    keep->setObjectName(keepButtonObjectName());
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    box->setEscapeButton(QMessageBox::Cancel);

    connect(box, &QDialog::finished, box, [box, keep, answer] {
        const bool kept = box->clickedButton() == keep;
        qCDebug(lcGui) << "session-only fallback" << (kept ? "accepted" : "declined");
        answer->give(kept);
    });
    connect(box, &QObject::destroyed, this, [answer] { answer->give(false); });
    box->open();
    Q_EMIT prompted(box);
}

} // namespace steward::gui
