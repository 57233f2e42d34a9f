// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamdatabasedialog.h"

#include "messagebox.h"
#include "secrets/databasepasswords.h"
#include "store/database.h"
#include "store/databaselocation.h"

#include <QAtomicInteger>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <memory>

namespace EpisodeDesk::Ui {

Q_LOGGING_CATEGORY(lcTeamDatabaseDialog, "episodedesk.ui.teamdatabasedialog")

namespace {

constexpr int defaultPort = 5432;

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// A connection name no other connection of the process has: the probe runs beside the window's own.
QString probeConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("team-database-probe-%1").arg(++counter);
}

} // namespace

TeamDatabaseDialog::TeamDatabaseDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("teamDatabaseDialog"));
    setWindowTitle(tr("Open Team Database"));

    auto *intro = new QLabel(tr("A team database lives on a PostgreSQL server that everyone on the show can "
                                "reach. Ask whoever set it up for these details."),
                             this);
    intro->setWordWrap(true);

    auto field = [this](const char *name, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::textChanged, this, &TeamDatabaseDialog::updateUri);
        return edit;
    };
    m_host = field("hostEdit", tr("db.example.com"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(defaultPort);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamDatabaseDialog::updateUri);
    m_database = field("databaseEdit", tr("myshow"));
    m_user = field("userEdit", tr("your user name on the server"));
    m_options = field("optionsEdit", tr("sslmode=require"));
    m_options->setToolTip(tr("libpq connection options, such as sslmode=require, separated by &"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Optional: kept in this computer's keychain"));
    m_password->setToolTip(tr("Leave empty when ~/.pgpass has it, or when the keychain already keeps it"));
    m_uri = new QLineEdit(this);
    m_uri->setObjectName(QStringLiteral("uriEdit"));
    m_uri->setReadOnly(true);
    m_uri->setToolTip(tr("The same database on the command line: episodedesk --db ADDRESS"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Options:"), m_options);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Address:"), m_uri);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0); // busy: how long a connection takes is not known
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Connecting"));
    m_busy->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamDatabaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TeamDatabaseDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
    updateUri();
}

TeamDatabaseDialog::~TeamDatabaseDialog() = default;

std::optional<QString> TeamDatabaseDialog::buildUri(const Fields &fields, QString *error)
{
    const QString host = fields.host.trimmed();
    if (host.isEmpty() || fields.database.trimmed().isEmpty()) {
        *error = tr("Enter the server and the database.");
        return std::nullopt;
    }
    QUrlQuery query;
    static const QRegularExpression separators(QStringLiteral("[&;\\s]+"));
    static const QRegularExpression keyword(QStringLiteral("^[a-z_]+$"));
    for (const QString &option : fields.options.split(separators, Qt::SkipEmptyParts)) {
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        const QString key = option.left(equals).trimmed().toLower();
        if (key == QLatin1String("password")) {
            *error = tr("A password does not belong in the options, where it would end up in the address. Enter "
                        "it in the Password field (kept in this computer's keychain) or in ~/.pgpass.");
            return std::nullopt;
        }
        if (equals <= 0 || !keyword.match(key).hasMatch()) {
            *error = tr("Write each option as name=value, such as sslmode=require.");
            return std::nullopt;
        }
        query.addQueryItem(key, encoded(option.mid(equals + 1)));
    }
    // An IPv6 address keeps its colons inside brackets; a name is percent-encoded like the rest.
    const QString server = host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('['))
        ? QLatin1Char('[') + host + QLatin1Char(']')
        : encoded(host);
    const QString user = fields.user.trimmed();
    QString uri = QStringLiteral("postgresql://%1%2:%3/%4")
                      .arg(user.isEmpty() ? QString() : encoded(user) + QLatin1Char('@'), server)
                      .arg(fields.port)
                      .arg(encoded(fields.database.trimmed()));
    if (!query.isEmpty()) {
        uri += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    }
    if (!Models::DatabaseLocation::parse(uri, error)) {
        return std::nullopt;
    }
    return uri;
}

void TeamDatabaseDialog::setLocation(const Models::DatabaseLocation &location)
{
    Fields fields;
    fields.host = location.host();
    fields.port = location.port() > 0 ? location.port() : defaultPort;
    fields.database = location.databaseName();
    fields.user = location.user();
    // The query as written, not libpq's quoted form: it is what the user typed the first time.
    const QUrlQuery query(QUrl(location.toString()));
    QStringList options;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        options.append(key + QLatin1Char('=') + value);
    }
    fields.options = options.join(QLatin1Char('&'));
    setFields(fields);
}

void TeamDatabaseDialog::setFields(const Fields &fields)
{
    m_host->setText(fields.host);
    m_port->setValue(fields.port);
    m_database->setText(fields.database);
    m_user->setText(fields.user);
    m_options->setText(fields.options);
}

TeamDatabaseDialog::Fields TeamDatabaseDialog::fields() const
{
    return {m_host->text(), m_port->value(), m_database->text(), m_user->text(), m_options->text()};
}

void TeamDatabaseDialog::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void TeamDatabaseDialog::updateUri()
{
    QString error;
    const auto uri = buildUri(fields(), &error);
    m_uri->setText(uri.value_or(QString()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(uri.has_value() && !m_connecting);
    // Say what is wrong only once there is something to be wrong about.
    if (!uri && !m_host->text().isEmpty() && !m_database->text().isEmpty()) {
        setMessage(error);
    } else {
        setMessage(QString());
    }
}

void TeamDatabaseDialog::accept()
{
    if (m_connecting) {
        return;
    }
    QString error;
    const auto uri = buildUri(fields(), &error);
    if (!uri) {
        setMessage(error);
        return;
    }
    const QString typed = m_password->text();
    setConnecting(true);
    setMessage(tr("Connecting to %1…").arg(Models::DatabaseLocation::parse(*uri, nullptr)->displayName()));
    if (!typed.isEmpty()) {
        tryConnection(*uri, typed);
        return;
    }
    // Nothing typed: the password this computer's keychain keeps for it, if any (else libpq's sources).
    const auto location = *Models::DatabaseLocation::parse(*uri, nullptr);
    Models::DatabasePasswords::read(
        location, this, [this, uri = *uri, location](const Models::SecretResult &result, const QString &pw) {
            if (result.ok) {
                Models::Database::setSessionPassword(location, pw);
            } else if (result.error != Models::SecretError::NotFound) {
                qCInfo(lcTeamDatabaseDialog) << "no password from the keychain:" << result.message;
            }
            tryConnection(uri, QString());
        });
}

void TeamDatabaseDialog::tryConnection(const QString &uri, const QString &typedPassword)
{
    const auto location = *Models::DatabaseLocation::parse(uri, nullptr);
    if (!typedPassword.isEmpty()) {
        // Process-wide: the window's own connection, opened after this, uses it as well.
        Models::Database::setSessionPassword(location, typedPassword);
    }
    struct Outcome
    {
        Models::Database::Error error = Models::Database::Error::None;
        QString message;
    };
    auto outcome = std::make_shared<Outcome>();
    // The connection is the thread's own (a Qt SQL connection belongs to the thread that opened it) and
    // is gone when the thread ends. The thread outlives a dialog closed meanwhile and deletes itself.
    QThread *thread = QThread::create([uri, outcome] {
        Models::Database database;
        if (!database.open(uri, probeConnectionName())) {
            outcome->error = database.error();
            outcome->message = database.errorString();
        }
    });
    thread->setObjectName(QStringLiteral("team-database-probe"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, uri, typedPassword, outcome] {
        connectionTried(uri, typedPassword, static_cast<int>(outcome->error), outcome->message);
    });
    thread->start();
}

void TeamDatabaseDialog::connectionTried(const QString &uri, const QString &typedPassword, int error,
                                         const QString &message)
{
    using Error = Models::Database::Error;
    const auto location = *Models::DatabaseLocation::parse(uri, nullptr);
    if (static_cast<Error>(error) != Error::None) {
        setConnecting(false);
        setMessage(message);
        if (static_cast<Error>(error) == Error::NeedsPassword) {
            m_password->selectAll();
            m_password->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    m_location = uri;
    if (typedPassword.isEmpty()) {
        setConnecting(false);
        QDialog::accept();
        return;
    }
    // It worked with this password: keep it for next time, in the keychain only.
    Models::DatabasePasswords::write(location, typedPassword, this, [this](const Models::SecretResult &result) {
        setConnecting(false);
        if (!result.ok) {
            qCWarning(lcTeamDatabaseDialog) << "the keychain did not keep the database password:" << result.message;
            MessageBox::warning(this, tr("Password Not Kept"),
                                tr("The team database is open, but this computer's keychain did not keep its "
                                   "password, so it will be asked for again next time. %1")
                                    .arg(result.message));
        }
        QDialog::accept();
    });
}

void TeamDatabaseDialog::setConnecting(bool connecting)
{
    m_connecting = connecting;
    m_busy->setVisible(connecting);
    for (QWidget *widget :
         std::initializer_list<QWidget *> {m_host, m_port, m_database, m_user, m_options, m_password}) {
        widget->setEnabled(!connecting);
    }
    updateUri();
}

} // namespace EpisodeDesk::Ui
