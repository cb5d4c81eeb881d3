#pragma once

#include "mail/MailPreferenceEntry.h"

#include <QAbstractTableModel>

namespace qadesk::ui {

// Teams and people with how their evaluation mail is delivered (one message each or a daily
// digest at an hour), the weekly KPI flag, and whose choice that is.
class MailPreferenceModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Delivery, WeeklyKpi, SetBy, ColumnCount };
    enum Roles { KeyRole = Qt::UserRole + 1 };

    explicit MailPreferenceModel(QObject *parent = nullptr);

    void setEntries(QList<MailPreferenceEntry> entries);
    [[nodiscard]] const MailPreferenceEntry *entryAt(int row) const;
    // Row of the team (slug) or person (email) `key` in `scope`, or -1.
    [[nodiscard]] int rowOf(const QString &scope, const QString &key) const;

    static QString deliveryText(const MailPreference &preference);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MailPreferenceEntry> m_rows;
};

} // namespace qadesk::ui
