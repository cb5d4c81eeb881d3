#include "IdentityPage.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

IdentityPage::IdentityPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_continue(new QPushButton(tr("Continue"), this))
{
    setObjectName(u"identityPage"_s);
    auto *title = new QLabel(tr("<h2>Who are you?</h2><p>QA Desk shows your work and applies the rules of your "
                                "roles. You can switch later in the File menu.</p>"),
                             this);
    title->setWordWrap(true);
    m_list->setObjectName(u"peopleList"_s);
    m_list->setAccessibleName(tr("People"));
    m_continue->setObjectName(u"continueButton"_s);
    m_continue->setDefault(true);
    connect(m_continue, &QPushButton::clicked, this, &IdentityPage::choose);
    connect(m_list, &QListWidget::itemActivated, this, &IdentityPage::choose);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(60, 30, 60, 30);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_continue, 0, Qt::AlignRight);
    setFocusProxy(m_list);
}

void IdentityPage::setPeople(const QList<Person> &people, const QString &preselectedEmail)
{
    m_people = people;
    m_list->clear();
    for (const Person &p : people) {
        QStringList roles;
        for (Role role : p.roles)
            roles.append(roleLabel(role));
        auto *item = new QListWidgetItem(tr("%1 — %2 (%3)").arg(p.name, roles.join(u", "_s), p.email), m_list);
        item->setData(Qt::UserRole, p.email);
        if (p.email == preselectedEmail)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void IdentityPage::choose()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_people.size())
        Q_EMIT chosen(m_people.at(row));
}

} // namespace qadesk::ui
