#include "KpiPdfExport.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

const QColor ink(0x22, 0x2a, 0x35);
const QColor muted(0x6b, 0x74, 0x80);
const QColor accent(0x2f, 0x6f, 0xb3);
const QColor warn(0xc0, 0x39, 0x2b);
const QColor rule(0xd5, 0xdb, 0xe3);

// DejaVu Sans has Cyrillic; no shaping means no "fi" ligatures, so the text extracts as typed.
QFont reportFont(int pointSize)
{
    QFont font(u"DejaVu Sans"_s, pointSize);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// A painter that flows down A4 pages: text, table rows and charts; a new page when one is full.
class PageFlow final
{
public:
    explicit PageFlow(QPdfWriter &writer)
        : m_writer(writer)
        , m_painter(&writer)
    {
        m_width = writer.width();
        m_height = writer.height();
    }

    QPainter &painter() { return m_painter; }
    [[nodiscard]] int width() const { return m_width; }
    [[nodiscard]] int y() const { return m_y; }
    void skip(int pixels) { m_y += pixels; }

    void need(int pixels)
    {
        if (m_y + pixels <= m_height)
            return;
        m_writer.newPage();
        m_y = 0;
    }

    void text(const QString &line, int pointSize, bool bold = false, const QColor &color = ink)
    {
        QFont font = reportFont(pointSize);
        font.setBold(bold);
        m_painter.setFont(font);
        const QFontMetrics metrics(font, &m_writer);
        const QRect box = metrics.boundingRect(QRect(0, 0, m_width, 10000), Qt::TextWordWrap, line);
        need(box.height() + 4);
        m_painter.setPen(color);
        m_painter.drawText(QRect(0, m_y, m_width, box.height()), Qt::TextWordWrap, line);
        m_y += box.height() + 4;
    }

    // One table row; `widths` are shares of the page width, the first column left-aligned.
    void row(const QStringList &cells, const QList<double> &widths, bool header, const QColor &color = ink)
    {
        QFont font = reportFont(8);
        font.setBold(header);
        m_painter.setFont(font);
        const int height = QFontMetrics(font, &m_writer).height() + 6;
        need(height);
        if (header) {
            m_painter.fillRect(QRect(0, m_y, m_width, height), QColor(0xee, 0xf2, 0xf7));
        }
        m_painter.setPen(color);
        double x = 0;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const int w = int(widths.value(i) * m_width);
            const Qt::Alignment align = (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
            m_painter.drawText(QRect(int(x) + 3, m_y, w - 6, height), align,
                               QFontMetrics(font, &m_writer).elidedText(cells.at(i), Qt::ElideRight, w - 6));
            x += w;
        }
        m_painter.setPen(rule);
        m_painter.drawLine(0, m_y + height, m_width, m_y + height);
        m_y += height;
    }

private:
    QPdfWriter &m_writer;
    QPainter m_painter;
    int m_width = 0;
    int m_height = 0;
    int m_y = 0;
};

void drawBars(PageFlow &flow, const QString &title, const QStringList &labels, const QList<double> &values,
              double maximum, const QString &unit, const QColor &color)
{
    const int chartHeight = 200;
    flow.need(chartHeight + 70); // the title stays on the page of its chart
    flow.text(title, 11, true);
    QPainter &p = flow.painter();
    const int top = flow.y();
    const int left = 40;
    const int plotWidth = flow.width() - left;
    const int n = std::max<int>(1, int(values.size()));
    const double slot = double(plotWidth) / n;
    QFont small = reportFont(7);
    p.setFont(small);
    p.setPen(muted);
    p.drawLine(left, top + chartHeight, flow.width(), top + chartHeight);
    p.drawText(QRect(0, top, left - 4, 14), Qt::AlignRight, QString::number(maximum, 'f', 0) + unit);
    p.drawText(QRect(0, top + chartHeight - 14, left - 4, 14), Qt::AlignRight, u"0"_s + unit);
    for (int i = 0; i < n && i < values.size(); ++i) {
        const double share = maximum > 0 ? std::clamp(values.at(i) / maximum, 0.0, 1.0) : 0;
        const int h = int(share * chartHeight);
        const QRect bar(int(left + i * slot + slot * 0.15), top + chartHeight - h, int(slot * 0.7), h);
        p.fillRect(bar, color);
        p.setPen(ink);
        p.drawText(QRect(bar.x() - 10, bar.y() - 14, bar.width() + 20, 13), Qt::AlignCenter,
                   QString::number(values.at(i), 'f', unit.isEmpty() ? 0 : 1));
        p.setPen(muted);
        p.drawText(QRect(int(left + i * slot), top + chartHeight + 2, int(slot), 28), int(Qt::AlignHCenter) | int(Qt::TextWordWrap),
                   labels.value(i));
    }
    flow.skip(chartHeight + 36);
}

void drawTrend(PageFlow &flow, const QString &title, const QList<KpiTrendPoint> &points)
{
    const int chartHeight = 170;
    flow.need(chartHeight + 64);
    flow.text(title, 11, true);
    QPainter &p = flow.painter();
    const int top = flow.y();
    const int left = 40;
    const int plotWidth = flow.width() - left - 10;
    p.setFont(reportFont(7));
    p.setPen(muted);
    for (int level : {0, 50, 100}) {
        const int y = top + chartHeight - level * chartHeight / 100;
        p.setPen(rule);
        p.drawLine(left, y, left + plotWidth, y);
        p.setPen(muted);
        p.drawText(QRect(0, y - 7, left - 4, 14), Qt::AlignRight | Qt::AlignVCenter, QString::number(level));
    }
    const int n = int(points.size());
    QPainterPath path;
    bool started = false;
    for (int i = 0; i < n; ++i) {
        const double x = left + (n == 1 ? plotWidth / 2.0 : double(plotWidth) * i / (n - 1));
        p.setPen(muted);
        p.drawText(QRect(int(x) - 30, top + chartHeight + 2, 60, 14), Qt::AlignHCenter,
                   points.at(i).period.from.toString(u"dd.MM"_s));
        if (!points.at(i).kpi)
            continue;
        const double y = top + chartHeight - *points.at(i).kpi * chartHeight / 100;
        if (!started)
            path.moveTo(x, y);
        else
            path.lineTo(x, y);
        started = true;
        p.setBrush(accent);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(x, y), 3, 3);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(accent, 2));
    p.drawPath(path);
    flow.skip(chartHeight + 24);
}

} // namespace

Status KpiPdfExport::write(const KpiExportData &data, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return std::unexpected(Error{Error::Code::Internal, tr("PDF export needs the graphical application object")});
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(Error::io(tr("%1: cannot write the file: %2").arg(path, file.errorString())));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(110);
        writer.setTitle(tr("QA Desk KPI report %1").arg(data.periodText()));
        writer.setCreator(u"QA Desk"_s);
        PageFlow flow(writer);
        const KpiReport &report = data.report;

        flow.text(tr("KPI report"), 18, true);
        flow.text(data.periodText(), 10, false, muted);
        flow.text(data.sourceText(), 8, false, muted);
        flow.skip(8);

        const KpiTable *engineers = report.table(KpiGrouping::Engineer);
        if (engineers) {
            const KpiRow &t = engineers->total;
            int low = 0;
            for (const KpiRow &r : engineers->rows)
                low += r.tooFewEvaluations ? 1 : 0;
            flow.text(tr("Summary"), 12, true);
            flow.text(tr("%1 evaluations, KPI %2 (previous period %3), %4 critical fails, %5 open and %6 overturned "
                         "disputes; %7 engineers below %8 evaluations.")
                          .arg(t.evaluations)
                          .arg(KpiExportData::number(t.kpi, 1), KpiExportData::number(t.previousKpi, 1))
                          .arg(t.criticalFails)
                          .arg(t.openDisputes)
                          .arg(t.overturnedDisputes)
                          .arg(low)
                          .arg(report.minimumEvaluations),
                      9);
            flow.skip(6);
        }

        for (KpiGrouping grouping : {KpiGrouping::Team, KpiGrouping::Engineer}) {
            const KpiTable *table = report.table(grouping);
            if (!table)
                continue;
            const bool personal = grouping == KpiGrouping::Engineer;
            flow.text(tr("KPI by %1").arg(kpiGroupingLabel(grouping).toLower()), 12, true);
            const QList<double> widths{0.31, 0.12, 0.1, 0.1, 0.1, 0.12, 0.15};
            flow.row({kpiGroupingLabel(grouping), tr("Evaluations"), tr("KPI"), tr("Change"), tr("Critical"),
                      tr("Disputes"), personal ? tr("Multiplier") : QString()},
                     widths, true);
            for (const KpiRow &r : table->rows) {
                const QString change = r.change ? (*r.change >= 0 ? u"+"_s : QString()) + QString::number(*r.change, 'f', 1)
                                                : u"—"_s;
                flow.row({r.name + (r.tooFewEvaluations ? u" *"_s : QString()), QString::number(r.evaluations),
                          KpiExportData::number(r.kpi, 1), change, QString::number(r.criticalFails),
                          QString::number(r.openDisputes), personal ? KpiExportData::number(r.bonusMultiplier, 2) : QString()},
                         widths, false, r.tooFewEvaluations ? muted : ink);
            }
            if (personal)
                flow.text(tr("* fewer than %n evaluation(s): the KPI is not a fair number yet.", nullptr,
                             report.minimumEvaluations),
                          7, false, muted);
            flow.skip(10);
        }

        if (!data.trainers.isEmpty()) {
            // Assignment tasks are live (as of the day of the report), also for a closed month.
            flow.text(tr("Trainers"), 12, true);
            const QList<double> widths{0.26, 0.12, 0.09, 0.09, 0.1, 0.15, 0.19};
            flow.row({tr("Trainer"), tr("Evaluations"), tr("Tasks"), tr("Done"), tr("Overdue"), tr("Average given"),
                      tr("Others' average")},
                     widths, true);
            for (const TrainerActivity &a : data.trainers) {
                flow.row({a.name, QString::number(a.scores.evaluations), QString::number(a.assigned),
                          QString::number(a.assignedDone), QString::number(a.overdue),
                          KpiExportData::number(a.scores.average, 1), KpiExportData::number(a.scores.othersAverage, 1)},
                         widths, false, a.overdue > 0 ? warn : ink);
            }
            flow.text(tr("Tasks: assignments due in the period; done: the trainer has evaluated the ticket."), 7, false,
                      muted);
            flow.skip(10);
        }

        QStringList bandLabels;
        QList<double> bandValues;
        double most = 1;
        for (qsizetype i = 0; i < data.distribution.size(); ++i) {
            bandLabels << (i == 9 ? u"90–100"_s : u"%1–%2"_s.arg(i * 10).arg(i * 10 + 9));
            bandValues << data.distribution.at(i);
            most = std::max(most, double(data.distribution.at(i)));
        }
        drawBars(flow, tr("Score distribution"), bandLabels, bandValues, most, QString(), accent);
        drawTrend(flow, tr("KPI trend"), data.trend);

        QList<QPair<QString, QuestionStat>> failing;
        for (const QuestionReport &q : data.questions) {
            for (const QuestionStat &s : q.topFailing(10))
                failing.append({q.scorecardTitle, s});
        }
        std::stable_sort(failing.begin(), failing.end(),
                         [](const auto &a, const auto &b) { return a.second.noShare.value_or(0) > b.second.noShare.value_or(0); });
        failing = failing.mid(0, 8);
        flow.text(tr("Top failing questions"), 12, true);
        if (failing.isEmpty())
            flow.text(tr("No question was answered No or Partly in this period."), 9, false, muted);
        const QList<double> questionWidths{0.58, 0.2, 0.11, 0.11};
        if (!failing.isEmpty())
            flow.row({tr("Question"), tr("Scorecard"), tr("No"), tr("Partly")}, questionWidths, true);
        for (const auto &[card, s] : failing)
            flow.row({s.text, card, KpiExportData::percent(s.noShare), KpiExportData::percent(s.partlyShare)},
                     questionWidths, false);
        flow.skip(10);

        flow.text(tr("Open disputes"), 12, true);
        int open = 0;
        const QList<double> disputeWidths{0.3, 0.14, 0.2, 0.18, 0.18};
        for (const KpiDisputeRow &d : data.disputes) {
            if (!d.isOpen())
                continue;
            if (open++ == 0)
                flow.row({tr("Engineer"), tr("Ticket"), tr("Status"), tr("Opened"), tr("Score")}, disputeWidths, true);
            flow.row({d.engineer, d.ticket, d.status, d.openedAt.toUTC().toString(u"yyyy-MM-dd"_s),
                      KpiExportData::number(d.score, 1)},
                     disputeWidths, false, warn);
        }
        if (open == 0)
            flow.text(tr("No dispute of this period is open."), 9, false, muted);
    }
    if (!file.commit())
        return std::unexpected(Error::io(tr("%1: cannot write the file: %2").arg(path, file.errorString())));
    return {};
}

} // namespace qadesk
