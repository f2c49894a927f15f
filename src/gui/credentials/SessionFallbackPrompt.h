#pragma once

#include "store/FallbackConsent.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QMessageBox;
class QWidget;
template<typename T>
class QPromise;

namespace steward::gui {

// The GUI's answer to "the keychain cannot keep this secret: keep it in memory for this session only?". A
// window-modal message box over `window` says that the keychain is unavailable and why, in the keychain's own words,
// and offers "Keep for this session only" and "Cancel". It never blocks: the future finishes when the user answers;
// Cancel, Escape and a box destroyed unanswered (its window closed) all mean no.
class SessionFallbackPrompt final : public QObject, public store::FallbackConsent
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionFallbackPrompt)

public:
    explicit SessionFallbackPrompt(QWidget *window = nullptr);
    ~SessionFallbackPrompt() override;

    QFuture<bool> keepForSessionOnly(const store::FallbackQuestion &question) override;

    // Object names, for tests and accessibility tools.
    static QString boxObjectName() { return QStringLiteral("sessionFallbackPrompt"); }
    static QString keepButtonObjectName() { return QStringLiteral("keepForSessionOnly"); }

    // "the registry login of alice at registry.example:5000" for credentialKey()'s
    // "registry:registry.example:5000:alice".
    static QString describeKey(const QString &key);

Q_SIGNALS:
    // The box is open and waiting for the user.
    void prompted(QMessageBox *box);

private:
    void ask(const store::FallbackQuestion &question, const std::shared_ptr<QPromise<bool>> &answer);

    QPointer<QWidget> m_window;
};

} // namespace steward::gui
