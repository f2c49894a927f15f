#include "gui/common/EmptyStatePane.h"

#include <QAction>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace steward::gui {

EmptyStatePane::EmptyStatePane(QWidget *parent) : EmptyStatePane(QString(), QString(), parent)
{}

EmptyStatePane::EmptyStatePane(const QString &title, const QString &emptyText, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(title, this)), m_empty(new QLabel(emptyText, this)),
      m_emptyPage(new QWidget(this)), m_emptyButton(new QPushButton(this)), m_stack(new QStackedLayout)
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // greyed: it is a hint, not content
    m_empty->setObjectName(QStringLiteral("emptyState"));

    m_emptyButton->setObjectName(QStringLiteral("emptyStateButton"));
    m_emptyButton->hide();
    connect(m_emptyButton, &QPushButton::clicked, this, [this] {
        if (m_emptyAction)
            m_emptyAction->trigger();
    });
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_empty);
    emptyLayout->addWidget(m_emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);

    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setLayout(m_stack);
    m_stack->addWidget(m_emptyPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(frame, 1);
}

EmptyStatePane::~EmptyStatePane() = default;

void EmptyStatePane::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString EmptyStatePane::title() const
{
    return m_title->text();
}

QString EmptyStatePane::emptyText() const
{
    return m_empty->text();
}

void EmptyStatePane::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    m_empty->setEnabled(false);
    m_empty->setTextInteractionFlags(Qt::NoTextInteraction);
}

void EmptyStatePane::setEmptyAction(QAction *action)
{
    if (m_emptyAction)
        disconnect(m_emptyAction, nullptr, m_emptyButton, nullptr);
    m_emptyAction = action;
    m_emptyButton->setVisible(action != nullptr);
    if (!action)
        return;
    const auto follow = [this] {
        m_emptyButton->setText(m_emptyAction->text());
        m_emptyButton->setEnabled(m_emptyAction->isEnabled());
    };
    connect(action, &QAction::changed, m_emptyButton, follow);
    follow();
}

void EmptyStatePane::showProblem(const QString &text)
{
    m_empty->setText(text);
    m_empty->setEnabled(true);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    showEmptyState();
}

bool EmptyStatePane::isShowingProblem() const
{
    return isShowingEmptyState() && m_empty->isEnabled();
}

void EmptyStatePane::setContent(QWidget *content)
{
    if (m_stack->indexOf(content) < 0)
        m_stack->addWidget(content);
    m_stack->setCurrentWidget(content);
}

void EmptyStatePane::showEmptyState()
{
    m_stack->setCurrentWidget(m_emptyPage);
}

bool EmptyStatePane::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyPage;
}

} // namespace steward::gui
