#include "gui/registries/QuotaChart.h"

#include "gui/common/ErrorText.h"
#include "gui/common/WarningMark.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace steward::gui {

QuotaChart::QuotaChart(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart, this)), m_used(new QLineSeries(this)),
      m_forecast(new QLineSeries(this)), m_limit(new QLineSeries(this)), m_exhausted(new QScatterSeries(this)),
      m_refused(new QScatterSeries(this)), m_timeAxis(new QDateTimeAxis(this)), m_pullsAxis(new QValueAxis(this)),
      m_exhaustion(new QLabel(this)), m_advice(new QLabel(this))
{
    setObjectName(QStringLiteral("quotaChart"));
    m_view->setObjectName(QStringLiteral("quotaChartView"));
    m_exhaustion->setObjectName(QStringLiteral("quotaExhaustion"));
    m_advice->setObjectName(QStringLiteral("quotaAdvice"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 130); // low enough that the images and the board keep the height at 1280×800
    // The chart follows the widget palette, so that a dark palette gives a dark chart.
    m_chart->setBackgroundBrush(palette().base());
    m_chart->setTitleBrush(palette().text());
    m_chart->legend()->setLabelColor(palette().color(QPalette::Text));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    // The lower tabs share the window's height with the images and the board: the plot gets what the default margins
    // (about 20 px all round, and the view's own) would waste, so that it still reads at the tabs' smallest height.
    m_chart->setMargins(QMargins(4, 0, 4, 0));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);

    m_used->setName(tr("Counted so far"));
    m_forecast->setName(tr("Forecast"));
    QPen dashed(palette().color(QPalette::Highlight), 2, Qt::DashLine);
    m_forecast->setPen(dashed);
    // The limit and the moment it is reached are the chart's alarm: the window's error red for this palette, on the
    // chart's Base background (a fixed red was too dark to see on the dark palette).
    const QColor alarm = errorTextColor(palette(), QPalette::Base);
    m_limit->setName(tr("Limit"));
    m_limit->setPen(QPen(alarm, 1.5, Qt::DotLine));
    m_exhausted->setName(tr("Runs out"));
    m_exhausted->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_exhausted->setMarkerSize(11);
    m_exhausted->setColor(alarm);
    m_exhausted->setBorderColor(alarm);
    m_refused->setName(tr("First refused pull"));
    m_refused->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_refused->setMarkerSize(11);
    // A refused pull is a warning before the alarm: orange, readable on this palette's Base.
    const QColor refused = warningMarkColor(palette(), QPalette::Base);
    m_refused->setColor(refused);
    m_refused->setBorderColor(refused);
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_used), static_cast<QAbstractSeries *>(m_forecast),
          static_cast<QAbstractSeries *>(m_limit), static_cast<QAbstractSeries *>(m_exhausted),
          static_cast<QAbstractSeries *>(m_refused)})
        m_chart->addSeries(series);
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_timeAxis->setTitleText(tr("Time"));
    m_pullsAxis->setTitleText(tr("Pulls"));
    m_pullsAxis->setLabelFormat(QStringLiteral("%d"));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_pullsAxis)}) {
        axis->setLabelsBrush(palette().text());
        axis->setTitleBrush(palette().text());
    }
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_pullsAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_pullsAxis);
    }

    m_exhaustion->setWordWrap(true);
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::PlainText);
    m_advice->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_advice->setMinimumWidth(220);
    m_advice->setMaximumWidth(320);
    auto *side = new QVBoxLayout;
    side->addWidget(m_exhaustion);
    side->addWidget(m_advice, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(side);
    setTitle(tr("No quota selected"));
    setForecast(std::nullopt, {});
}

QuotaChart::~QuotaChart() = default;

void QuotaChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

void QuotaChart::setHistory(const QList<QuotaPoint> &points, std::optional<pull::RateLimitPolicy> policy,
                            qint64 epochMs)
{
    m_epochMs = epochMs;
    m_policy = policy;
    QList<QPointF> xy;
    xy.reserve(points.size());
    m_firstRefusedMs.reset();
    for (const QuotaPoint &point : points) {
        xy << QPointF(double(epochMs + point.atMs), double(point.used));
        if (point.firstRefused && !m_firstRefusedMs) {
            m_firstRefusedMs = point.atMs;
            m_usedAtFirstRefusal = point.used;
        }
    }
    m_lastMs = points.isEmpty() ? 0 : points.constLast().atMs;
    m_used->replace(xy);
    rebuildAxes();
}

void QuotaChart::setForecast(const std::optional<pull::BucketReport> &bucket, const QStringList &advice)
{
    m_bucket = bucket;
    m_advice->setText(advice.isEmpty()
                          ? tr("The forecast has no advice: the quotas hold for this fleet.")
                          : tr("Forecast advice:") + QStringLiteral("\n• ") + advice.join(QStringLiteral("\n• ")));
    rebuildAxes();
}

QColor QuotaChart::limitColor() const
{
    return m_limit->pen().color();
}

QColor QuotaChart::runsOutColor() const
{
    return m_exhausted->color();
}

QColor QuotaChart::refusedColor() const
{
    return m_refused->color();
}

QColor QuotaChart::backgroundColor() const
{
    return m_chart->backgroundBrush().color();
}

QString QuotaChart::adviceText() const
{
    return m_advice->text();
}

QString QuotaChart::exhaustionText() const
{
    return m_exhaustion->text();
}

QList<QPointF> QuotaChart::usedPoints() const
{
    return m_used->points();
}

std::optional<qint64> QuotaChart::forecastRunsOutMs() const
{
    return m_bucket ? m_bucket->firstRateLimitedMs : std::nullopt;
}

QString QuotaChart::durationText(qint64 ms)
{
    // Seconds matter in a fast live run (and in the first wave of any run); minutes beyond an hour.
    if (ms < qint64{3600} * 1000)
        return tr("%1 min %2 s").arg(ms / 60000).arg((ms / 1000) % 60);
    return tr("%1 min").arg(ms / 60000);
}

void QuotaChart::rebuildAxes()
{
    // The forecast continues from where the run is now: its points after the last counted one.
    QList<QPointF> ahead;
    qint64 endMs = std::max<qint64>(m_lastMs, qint64{3600} * 1000);
    double top = 10;
    for (const QPointF &p : m_used->points())
        top = std::max(top, p.y());
    if (m_bucket) {
        for (const pull::QuotaSample &sample : m_bucket->series) {
            if (sample.startMs < m_lastMs)
                continue;
            ahead << QPointF(double(m_epochMs + sample.startMs), double(sample.peakInBin));
            top = std::max(top, double(sample.peakInBin));
            endMs = std::max(endMs, sample.startMs + m_bucket->binMs);
        }
    }
    m_forecast->replace(ahead);
    m_exhausted->clear();
    if (m_bucket && m_bucket->firstRateLimitedMs) {
        const qint64 at = *m_bucket->firstRateLimitedMs;
        m_exhausted->append(double(m_epochMs + at), double(m_policy ? m_policy->limit : 0));
        m_exhaustion->setText(tr("Runs out at %1 (%2 after the run started): the forecast's first refused pull.")
                                  .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_epochMs + at),
                                                          QStringLiteral("yyyy-MM-dd HH:mm")))
                                  .arg(durationText(at)));
    } else {
        m_exhaustion->setText(m_bucket ? tr("The forecast never runs out of this quota.")
                                       : tr("No forecast for this quota yet."));
    }
    m_refused->clear();
    if (m_firstRefusedMs) {
        m_refused->append(double(m_epochMs + *m_firstRefusedMs), double(m_usedAtFirstRefusal));
        m_exhaustion->setText(
            m_exhaustion->text() + QLatin1Char('\n') +
            tr("The run's first refused pull (429): %1 after it started.").arg(durationText(*m_firstRefusedMs)));
    }
    m_limit->clear();
    if (m_policy) {
        m_limit->append(double(m_epochMs), double(m_policy->limit));
        m_limit->append(double(m_epochMs + endMs), double(m_policy->limit));
        top = std::max(top, double(m_policy->limit));
    }
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_epochMs), QDateTime::fromMSecsSinceEpoch(m_epochMs + endMs));
    m_pullsAxis->setRange(0, top * 1.1);
}

} // namespace steward::gui
