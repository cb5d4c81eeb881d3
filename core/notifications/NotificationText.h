#pragma once

#include "storage/NotificationStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace qadesk {

// What a notification says, in the language of whoever reads it. A notification stores its
// kind and the facts it tells (args: "actor", "dispute", "ticket", "engineer", "questions",
// "reason", "arbiter", "outcome", "before", "after"); the sentence is made when it is shown,
// with the reader's translation, so a Russian engineer reads Russian even when an admin with an
// English window acted. Rows without facts (written before schema 8) show their stored text.
class NotificationText final
{
    Q_DECLARE_TR_FUNCTIONS(NotificationText)

public:
    NotificationText() = delete;
    [[nodiscard]] static QString render(const Notification &notification);
    [[nodiscard]] static QString render(const QString &kind, const QJsonObject &args);
};

} // namespace qadesk
