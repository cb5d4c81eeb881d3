#include "AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {
QLabel *selectable(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setWordWrap(true);
    return label;
}

QString licenceText()
{
    QFile file(u":/about/LICENSE"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

AboutDialog::AboutDialog(const QString &workspace, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About QA Desk"));

    auto *about = new QWidget(this);
    auto *logo = new QLabel(about);
    logo->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    auto *title = new QLabel(tr("<h2>QA Desk %1</h2><p>Score support tickets against weighted scorecards.</p>")
                                 .arg(QStringLiteral(QADESK_VERSION)),
                             about);
    title->setObjectName(u"aboutTitle"_s);
    auto *header = new QHBoxLayout;
    header->addWidget(logo, 0, Qt::AlignTop);
    header->addWidget(title, 1);

    QString where = tr("none open");
    if (!workspace.isEmpty()) {
        where = workspace.toHtmlEscaped();
        if (workspace.startsWith(u"sqlite:"_s)) {
            const QString folder = QFileInfo(workspace.mid(7)).absolutePath();
            where = tr("%1<br><a href=\"%2\">Open its folder</a>")
                        .arg(QDir::toNativeSeparators(workspace.mid(7)).toHtmlEscaped(),
                             QUrl::fromLocalFile(folder).toString(QUrl::FullyEncoded));
        }
    }
    auto *workspaceLabel = selectable(where, u"aboutWorkspace"_s, about);
    workspaceLabel->setOpenExternalLinks(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Version:"), selectable(QStringLiteral(QADESK_VERSION), u"aboutVersion"_s, about));
    form->addRow(tr("Licence:"),
                 selectable(tr("GNU General Public License, version 3 or any later version (GPL-3.0-or-later). "
                               "QA Desk comes with no warranty."),
                            u"aboutLicence"_s, about));
    form->addRow(tr("Workspace:"), workspaceLabel);
    form->addRow(tr("Settings:"),
                 selectable(QDir::toNativeSeparators(QSettings().fileName()), u"aboutSettings"_s, about));
    form->addRow(tr("Qt:"), selectable(QString::fromLatin1(qVersion()), u"aboutQt"_s, about));
    auto *aboutLayout = new QVBoxLayout(about);
    aboutLayout->addLayout(header);
    aboutLayout->addLayout(form);
    aboutLayout->addStretch(1);

    auto *licence = new QPlainTextEdit(licenceText(), this);
    licence->setObjectName(u"licenceText"_s);
    licence->setReadOnly(true);
    licence->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(about, tr("&About"));
    tabs->addTab(licence, tr("&Licence"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(640, 480);
}

} // namespace qadesk::ui
