#include "gui/mainwindow/QuotaStatus.h"

#include "guimodels/registries/QuotaTableModel.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QToolButton>

namespace steward::gui {

QuotaStatus::QuotaStatus(QWidget *parent) : QWidget(parent), m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("quotaStatus"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
}

QuotaStatus::~QuotaStatus() = default;

QuotaStatus::Level QuotaStatus::levelOf(qint64 remaining, qint64 limit)
{
    if (limit < 0)
        return Level::Plenty;
    if (remaining <= 0)
        return Level::Spent;
    return remaining * 4 < limit ? Level::Low : Level::Plenty;
}

void QuotaStatus::setModel(QAbstractItemModel *quotas)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = quotas;
    if (m_model) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_model, signal, this, &QuotaStatus::update);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &QuotaStatus::update);
        connect(m_model, &QAbstractItemModel::modelReset, this, &QuotaStatus::update);
    }
    update();
}

void QuotaStatus::update()
{
    // Per registry, the limited quota with the fewest pulls left: the one that runs out first.
    QHash<QString, int> tightest;
    for (int row = 0; m_model && row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(QuotaTableModel::LimitRole).toLongLong() < 0)
            continue;
        const QString registry = index.data(QuotaTableModel::RegistryRole).toString();
        const auto known = tightest.constFind(registry);
        if (known == tightest.constEnd() ||
            index.data(QuotaTableModel::RemainingRole).toLongLong() <
                m_model->index(*known, 0).data(QuotaTableModel::RemainingRole).toLongLong())
            tightest.insert(registry, row);
    }
    for (auto it = m_buttons.begin(); it != m_buttons.end();) {
        if (!tightest.contains(it.key())) {
            delete it.value();
            it = m_buttons.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = tightest.cbegin(); it != tightest.cend(); ++it) {
        QToolButton *&button = m_buttons[it.key()];
        if (!button) {
            button = new QToolButton(this);
            button->setObjectName(QStringLiteral("quotaStatus:") + it.key());
            button->setAutoRaise(true);
            const QString &registry = it.key();
            connect(button, &QToolButton::clicked, this, [this, registry] { Q_EMIT registryClicked(registry); });
            m_layout->addWidget(button);
        }
        const QModelIndex index = m_model->index(it.value(), 0);
        const qint64 remaining = index.data(QuotaTableModel::RemainingRole).toLongLong();
        const qint64 limit = index.data(QuotaTableModel::LimitRole).toLongLong();
        const QString whose = m_model->index(it.value(), QuotaTableModel::WhoseColumn).data().toString();
        QString text = tr("%1 %2/%3 left (%4)").arg(it.key()).arg(remaining).arg(limit).arg(whose);
        QString color;
        switch (levelOf(remaining, limit)) {
        case Level::Plenty:
            break;
        case Level::Low:
            text = tr("⚠ low: %1").arg(text);
            color = QStringLiteral("#e69500"); // amber, readable on light and dark backgrounds
            break;
        case Level::Spent:
            text = tr("✖ spent: %1").arg(text);
            color = QStringLiteral("#e5484d");
            break;
        }
        button->setText(text);
        button->setProperty("quotaLevel", int(levelOf(remaining, limit)));
        button->setStyleSheet(
            color.isEmpty() ? QString() : QStringLiteral("QToolButton { color: %1; font-weight: bold; }").arg(color));
        button->setToolTip(index.data(Qt::ToolTipRole).toString() + QLatin1Char('\n') +
                           tr("Click to open this registry's quota chart."));
    }
}

} // namespace steward::gui
