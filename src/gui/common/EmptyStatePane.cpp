#include "gui/common/EmptyStatePane.h"

#include <QFrame>
#include <QLabel>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace steward::gui {

EmptyStatePane::EmptyStatePane(QWidget *parent) : EmptyStatePane(QString(), QString(), parent)
{}

EmptyStatePane::EmptyStatePane(const QString &title, const QString &emptyText, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(title, this)), m_empty(new QLabel(emptyText, this)),
      m_stack(new QStackedLayout)
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // greyed: it is a hint, not content
    m_empty->setObjectName(QStringLiteral("emptyState"));

    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setLayout(m_stack);
    m_stack->addWidget(m_empty);

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
    m_stack->setCurrentWidget(m_empty);
}

bool EmptyStatePane::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

} // namespace steward::gui
