#include "pull/PullEventModel.h"

namespace steward::pull {

namespace {

QString clock(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3.%4")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

} // namespace

PullEventModel::PullEventModel(QObject *parent) : QAbstractTableModel(parent)
{}

PullEventModel::~PullEventModel() = default;

QString PullEventModel::withReason(const PullEvent &event, const QString &what) const
{
    if (event.reason < 0 || event.reason >= m_result.messages.size())
        return what;
    return tr("%1: %2").arg(what, m_result.messages.at(event.reason));
}

void PullEventModel::setResult(const SimulationResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

int PullEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.events.size());
}

int PullEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PullEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PullEvent &event = m_result.events.at(index.row());
    const Fleet *fleet = m_result.fleet();
    if (role == KindRole)
        return int(event.kind);
    if (role == RawValueRole) {
        switch (index.column()) {
        case TimeColumn:
            return event.atMs;
        case AgentColumn:
            return event.agent;
        case ImageColumn:
            return event.image;
        case KindColumn:
            return int(event.kind);
        case CountColumn:
            return event.count;
        case BucketColumn:
            return event.bucket;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return event.untilMs > event.atMs ? QString(clock(event.atMs) + QStringLiteral(" – ") + clock(event.untilMs))
                                          : clock(event.atMs);
    case AgentColumn:
        return fleet ? fleet->agentName(event.agent) : QString::number(event.agent);
    case ImageColumn:
        return fleet && event.image >= 0 ? fleet->imageName(event.image) : QString();
    case KindColumn:
        switch (event.kind) {
        case PullEvent::Kind::Pulled:
            return tr("pulled");
        case PullEvent::Kind::Refreshed:
            return tr("refreshed");
        case PullEvent::Kind::RateLimited:
            return tr("rate-limited (429)");
        case PullEvent::Kind::CredentialsFailed:
            return withReason(event, tr("login failed"));
        case PullEvent::Kind::NotFound:
            return withReason(event, tr("not found"));
        case PullEvent::Kind::NetworkFailed:
            return withReason(event, tr("registry unreachable"));
        case PullEvent::Kind::IntegrityFailed:
            return withReason(event, tr("corrupt data"));
        case PullEvent::Kind::Failed:
            return withReason(event, tr("failed"));
        }
        return {};
    case CountColumn:
        return event.count;
    case BucketColumn: {
        // Buckets are reported in id order.
        if (event.bucket < 0 || event.bucket >= m_result.buckets.size())
            return QString();
        const BucketKey &key = m_result.buckets.at(event.bucket).key;
        return QString(key.registry + QLatin1Char(' ') + key.who);
    }
    }
    return {};
}

QVariant PullEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AgentColumn:
        return tr("Agent");
    case ImageColumn:
        return tr("Image");
    case KindColumn:
        return tr("What");
    case CountColumn:
        return tr("Pulls");
    case BucketColumn:
        return tr("Counted against");
    }
    return {};
}

} // namespace steward::pull
