#pragma once

#include <QHash>
#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QToolButton;

namespace steward::gui {

// The status bar's quota line: per registry, the quota with the fewest pulls left, as "docker.io 37/100 left
// (address 203.0.113.7)". Below 25 % left it turns amber and says "low", when spent red and "spent" (words too, never
// colour alone). A click asks for that registry's chart. Each registry's button is named "quotaStatus:<registry>".
// It reads a QuotaTableModel through its roles and follows its changes.
class QuotaStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaStatus)

public:
    explicit QuotaStatus(QWidget *parent = nullptr);
    ~QuotaStatus() override;

    void setModel(QAbstractItemModel *quotas);

    enum class Level
    {
        Plenty,
        Low,   // below 25 % left
        Spent, // nothing left
    };
    static Level levelOf(qint64 remaining, qint64 limit);

Q_SIGNALS:
    void registryClicked(const QString &registry);

private:
    void update();

    QAbstractItemModel *m_model = nullptr;
    QHBoxLayout *m_layout;
    QHash<QString, QToolButton *> m_buttons;
};

} // namespace steward::gui
