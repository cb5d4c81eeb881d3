#pragma once

#include "common/Error.h"

#include <QObject>
#include <QString>

#include <optional>

namespace qadesk {

// Opens a workspace off the GUI thread: connects, brings the schema up to date and, for the
// demo workspace, seeds it on first start. `finished` arrives on the preparer's thread.
class WorkspacePreparer final : public QObject
{
    Q_OBJECT

public:
    explicit WorkspacePreparer(QObject *parent = nullptr);
    ~WorkspacePreparer() override;

    void start(const QString &databaseUrl, bool seedDemo);

Q_SIGNALS:
    void finished(bool ok, const QString &errorMessage, bool seeded);

private:
    class QThread *m_thread = nullptr;
};

} // namespace qadesk
