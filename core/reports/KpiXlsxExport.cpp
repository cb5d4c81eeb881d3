#include "KpiXlsxExport.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace qadesk {

namespace {

// The workbook's formats and the few write helpers every sheet uses.
class Sheet final
{
public:
    Sheet(lxw_workbook *book, const QString &name, lxw_format *header)
        : m_sheet(workbook_add_worksheet(book, name.left(31).toUtf8().constData()))
        , m_header(header)
    {
    }

    void headers(const QStringList &titles, const QList<double> &widths)
    {
        for (qsizetype c = 0; c < titles.size(); ++c) {
            worksheet_write_string(m_sheet, 0, lxw_col_t(c), titles.at(c).toUtf8().constData(), m_header);
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), widths.value(c, 14), nullptr);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        m_columns = int(titles.size());
    }
    void text(int row, int col, const QString &value, lxw_format *format = nullptr)
    {
        if (!value.isEmpty())
            worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(col), value.toUtf8().constData(), format);
    }
    void number(int row, int col, const std::optional<double> &value, lxw_format *format)
    {
        if (value)
            worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(col), *value, format);
    }
    void integer(int row, int col, int value) { worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(col), value, nullptr); }
    void filter(int lastRow)
    {
        if (lastRow > 0 && m_columns > 0)
            worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(lastRow), lxw_col_t(m_columns - 1));
    }

private:
    lxw_worksheet *m_sheet;
    lxw_format *m_header;
    int m_columns = 0;
};

QString answerId(AnswerValue value)
{
    return answerValueId(value);
}

} // namespace

Status KpiXlsxExport::write(const KpiExportData &data, const QString &path)
{
    // libxlsxwriter writes the file itself; it goes to a temporary name first so that a failed
    // export never leaves half a workbook under the name the user chose.
    const QFileInfo target(path);
    const QString partial = target.absoluteDir().filePath(u"."_s + target.fileName() + u".part"_s);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *book = workbook_new_opt(partial.toUtf8().constData(), &options);
    if (!book)
        return std::unexpected(Error::io(tr("%1: cannot create the workbook").arg(path)));

    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDE4EE);
    format_set_text_wrap(header);
    lxw_format *score = workbook_add_format(book);
    format_set_num_format(score, "0.0");
    lxw_format *multiplier = workbook_add_format(book);
    format_set_num_format(multiplier, "0.00");
    lxw_format *share = workbook_add_format(book);
    format_set_num_format(share, "0.0%");
    lxw_format *wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);

    const KpiReport &report = data.report;
    {
        Sheet about(book, tr("Report"), header);
        about.headers({tr("QA Desk KPI report"), QString()}, {28, 90});
        const QList<QPair<QString, QString>> lines{
            {tr("Period"), data.periodText()},
            {tr("Previous period"),
             report.previousPeriod.from.toString(Qt::ISODate) + u" – "_s + report.previousPeriod.to.toString(Qt::ISODate)},
            {tr("Source"), data.sourceText()},
            {tr("Bonus table"), BonusTable::pointsText(report.bonusTable.points)},
            {tr("Fair KPI needs"), tr("%n evaluation(s) in the period", nullptr, report.minimumEvaluations)},
        };
        for (qsizetype i = 0; i < lines.size(); ++i) {
            about.text(int(i) + 1, 0, lines.at(i).first, header);
            about.text(int(i) + 1, 1, lines.at(i).second);
        }
    }

    for (const KpiTable &table : report.tables) {
        const bool personal = table.grouping == KpiGrouping::Engineer;
        Sheet sheet(book, tr("KPI by %1").arg(kpiGroupingLabel(table.grouping).toLower()), header);
        QStringList titles{kpiGroupingLabel(table.grouping), tr("Key"), tr("Evaluations"), tr("KPI"), tr("Lowest"),
                           tr("Highest"), tr("Critical fails"), tr("Open disputes"), tr("Overturned disputes"),
                           tr("Previous KPI"), tr("Change")};
        if (personal)
            titles << tr("Bonus multiplier") << tr("Too few evaluations");
        sheet.headers(titles, {30, 26, 12, 9, 9, 9, 10, 10, 12, 10, 9, 12, 12});
        int row = 1;
        auto put = [&](const KpiRow &r) {
            sheet.text(row, 0, r.name);
            sheet.text(row, 1, r.key);
            sheet.integer(row, 2, r.evaluations);
            sheet.number(row, 3, r.kpi, score);
            sheet.number(row, 4, r.lowest, score);
            sheet.number(row, 5, r.highest, score);
            sheet.integer(row, 6, r.criticalFails);
            sheet.integer(row, 7, r.openDisputes);
            sheet.integer(row, 8, r.overturnedDisputes);
            sheet.number(row, 9, r.previousKpi, score);
            sheet.number(row, 10, r.change, score);
            if (personal) {
                sheet.number(row, 11, r.bonusMultiplier, multiplier);
                sheet.text(row, 12, r.tooFewEvaluations ? tr("yes") : QString());
            }
            ++row;
        };
        for (const KpiRow &r : table.rows)
            put(r);
        sheet.filter(row - 1);
        KpiRow total = table.total;
        put(total);
    }

    {
        Sheet sheet(book, tr("Questions"), header);
        sheet.headers({tr("Scorecard"), tr("Version"), tr("Section"), tr("Question"), tr("Critical"), tr("Yes"), tr("Partly"),
                       tr("No"), tr("N/A"), tr("No share"), tr("Partly share"), tr("N/A share")},
                      {24, 10, 18, 50, 8, 7, 7, 7, 7, 9, 9, 9});
        int row = 1;
        for (const QuestionReport &q : data.questions) {
            for (const QuestionStat &s : q.questions) {
                sheet.text(row, 0, q.scorecardTitle);
                sheet.text(row, 1, q.versionHash.left(8));
                sheet.text(row, 2, s.sectionTitle);
                sheet.text(row, 3, s.text, wrap);
                sheet.text(row, 4, s.critical ? tr("yes") : QString());
                sheet.integer(row, 5, s.yes);
                sheet.integer(row, 6, s.partly);
                sheet.integer(row, 7, s.no);
                sheet.integer(row, 8, s.na);
                sheet.number(row, 9, s.noShare, share);
                sheet.number(row, 10, s.partlyShare, share);
                sheet.number(row, 11, s.naShare, share);
                ++row;
            }
        }
        sheet.filter(row - 1);
    }

    {
        // One row per evaluation, then its answers (value and comment) in the card's question order.
        QStringList questionIds;
        for (const KpiEvaluationRow &e : data.evaluations) {
            for (auto it = e.answers.begin(); it != e.answers.end(); ++it) {
                if (!questionIds.contains(it.key()))
                    questionIds.append(it.key());
            }
        }
        Sheet sheet(book, tr("Evaluations"), header);
        QStringList titles{tr("Evaluation"), tr("Ticket"), tr("Subject"), tr("Engineer"), tr("Trainer"), tr("Scorecard"),
                           tr("Submitted (UTC)"), tr("Solved (UTC)"), tr("Score"), tr("Uncapped"), tr("Critical fail"),
                           tr("Comment")};
        QList<double> widths{10, 10, 30, 24, 24, 20, 16, 16, 8, 9, 8, 30};
        for (const QString &id : questionIds) {
            titles << id << tr("%1 comment").arg(id);
            widths << 9 << 30;
        }
        sheet.headers(titles, widths);
        int row = 1;
        for (const KpiEvaluationRow &e : data.evaluations) {
            sheet.integer(row, 0, int(e.id));
            sheet.text(row, 1, e.ticket);
            sheet.text(row, 2, e.subject);
            sheet.text(row, 3, e.engineer);
            sheet.text(row, 4, e.trainer);
            sheet.text(row, 5, e.scorecardTitle);
            sheet.text(row, 6, e.submittedAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s));
            sheet.text(row, 7, e.solvedAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s));
            sheet.number(row, 8, e.score, score);
            sheet.number(row, 9, e.uncappedScore, score);
            sheet.text(row, 10, e.criticalFailed ? tr("yes") : QString());
            sheet.text(row, 11, e.comment);
            for (qsizetype q = 0; q < questionIds.size(); ++q) {
                const auto answer = e.answers.constFind(questionIds.at(q));
                if (answer == e.answers.cend())
                    continue;
                sheet.text(row, 12 + int(q) * 2, answerId(answer->value));
                sheet.text(row, 13 + int(q) * 2, answer->comment);
            }
            ++row;
        }
        sheet.filter(row - 1);
    }

    {
        Sheet sheet(book, tr("Disputes"), header);
        sheet.headers({tr("Dispute"), tr("Evaluation"), tr("Ticket"), tr("Engineer"), tr("Status"), tr("Outcome"),
                       tr("Arbiter"), tr("Opened (UTC)"), tr("Resolved (UTC)"), tr("Original score"), tr("Resolved score"),
                       tr("Score now")},
                      {9, 10, 10, 24, 14, 12, 24, 16, 16, 10, 10, 10});
        int row = 1;
        for (const KpiDisputeRow &d : data.disputes) {
            sheet.integer(row, 0, int(d.id));
            sheet.integer(row, 1, int(d.evaluationId));
            sheet.text(row, 2, d.ticket);
            sheet.text(row, 3, d.engineer);
            sheet.text(row, 4, d.status);
            sheet.text(row, 5, d.outcome);
            sheet.text(row, 6, d.arbiter);
            sheet.text(row, 7, d.openedAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s));
            sheet.text(row, 8, d.resolvedAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s));
            sheet.number(row, 9, d.originalScore, score);
            sheet.number(row, 10, d.resolvedScore, score);
            sheet.number(row, 11, d.score, score);
            ++row;
        }
        sheet.filter(row - 1);
    }

    {
        // Assignment tasks are live (as of the export's day), also for a closed month.
        Sheet sheet(book, tr("Trainers"), header);
        sheet.headers({tr("Trainer"), tr("Email"), tr("Evaluations done"), tr("Tasks assigned"), tr("Tasks done"),
                       tr("Tasks overdue"), tr("Average score given"), tr("Others on the same teams"),
                       tr("Their evaluations")},
                      {26, 26, 11, 10, 10, 10, 11, 12, 11});
        int row = 1;
        for (const TrainerActivity &a : data.trainers) {
            sheet.text(row, 0, a.name);
            sheet.text(row, 1, a.email);
            sheet.integer(row, 2, a.scores.evaluations);
            sheet.integer(row, 3, a.assigned);
            sheet.integer(row, 4, a.assignedDone);
            sheet.integer(row, 5, a.overdue);
            sheet.number(row, 6, a.scores.average, score);
            sheet.number(row, 7, a.scores.othersAverage, score);
            sheet.integer(row, 8, a.scores.othersEvaluations);
            ++row;
        }
        sheet.filter(row - 1);
    }

    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        return std::unexpected(Error::io(tr("%1: cannot write the workbook: %2").arg(path, QString::fromUtf8(lxw_strerror(closed)))));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return std::unexpected(Error::io(tr("%1: cannot write the file").arg(path)));
    }
    return {};
}

} // namespace qadesk
