#pragma once

#include "guimodels/registries/QuotaTableModel.h"
#include "pull/SimulationResult.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPointF;
class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QDateTimeAxis;

namespace steward::gui {

// One quota's use over time: what the run counted so far (solid), the forecast continuing it (dashed, the same
// scenario simulated ahead on the pull engine's thread), the limit, the moment the forecast says it runs out
// (a marker and its time in words), and the run's own first refused pull (another marker, and its time beside the
// forecast's). The forecast's advice sits beside it as text, with its numbers.
class QuotaChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaChart)

public:
    explicit QuotaChart(QWidget *parent = nullptr);
    ~QuotaChart() override;

    // What the chart is about: "docker.io · address 203.0.113.7".
    void setTitle(const QString &title);
    // Use so far; epochMs is the wall-clock time of simulated 0.
    void setHistory(const QList<QuotaPoint> &points, std::optional<pull::RateLimitPolicy> policy, qint64 epochMs);
    // The forecast for the same quota (none: the forecast has not finished, or this quota is not in it).
    void setForecast(const std::optional<pull::BucketReport> &bucket, const QStringList &advice);

    QString adviceText() const;
    QString exhaustionText() const;
    // What is drawn, for tests: the use so far (x: ms since the epoch), the limit, the run's first refused pull and
    // the forecast's, in simulated ms.
    QList<QPointF> usedPoints() const;
    std::optional<pull::RateLimitPolicy> policy() const { return m_policy; }
    std::optional<qint64> firstRefusedMs() const { return m_firstRefusedMs; }
    std::optional<qint64> forecastRunsOutMs() const;
    // The colours of the limit line and the runs-out marker, and what they are drawn on, for tests of contrast.
    QColor limitColor() const;
    QColor runsOutColor() const;
    QColor refusedColor() const;
    QColor backgroundColor() const;

private:
    void rebuildAxes();
    static QString durationText(qint64 ms);

    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_used;
    QLineSeries *m_forecast;
    QLineSeries *m_limit;
    QScatterSeries *m_exhausted;
    QScatterSeries *m_refused;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_pullsAxis;
    QLabel *m_exhaustion;
    QLabel *m_advice;
    qint64 m_epochMs = 0;
    qint64 m_lastMs = 0;
    std::optional<pull::RateLimitPolicy> m_policy;
    std::optional<pull::BucketReport> m_bucket;
    std::optional<qint64> m_firstRefusedMs;
    qint64 m_usedAtFirstRefusal = 0;
};

} // namespace steward::gui
