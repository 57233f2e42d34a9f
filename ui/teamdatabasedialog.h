// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;

namespace EpisodeDesk::Models {
class DatabaseLocation;
}

namespace EpisodeDesk::Ui {

// File → Open Team Database…: the server, port, database, user and libpq options of a team database on
// PostgreSQL, and the address they make (`postgresql://USER@HOST:PORT/DB?opts`), read-only, for copying
// into `--db`. A password is optional: libpq's ~/.pgpass serves, or the one typed here, which goes to
// this computer's keychain (DatabasePasswords), never into the address, a setting or a log.
//
// Open tries the connection before accepting: on a throw-away connection in a thread of its own (a
// server that does not answer takes libpq's connect timeout of 10 s), with a busy bar meanwhile. A
// failure stays in the dialog as Database::errorString() says it; a server asking for a password puts
// the cursor in the password field. Once accepted, location() is what to open.
class TeamDatabaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamDatabaseDialog)

public:
    struct Fields
    {
        QString host;
        int port = 5432;
        QString database;
        QString user;
        // libpq options as a URI query ("sslmode=require&connect_timeout=5"); '&', ';' or spaces between.
        QString options;
    };

    explicit TeamDatabaseDialog(QWidget *parent = nullptr);
    ~TeamDatabaseDialog() override;

    // The address the fields make, percent-encoded; nullopt with *error (a sentence) for fields that
    // cannot make one, such as a password among the options.
    static std::optional<QString> buildUri(const Fields &fields, QString *error);

    // Fills the fields from a team database's address (reopening one that asks for a password).
    void setLocation(const Models::DatabaseLocation &location);
    void setFields(const Fields &fields);
    Fields fields() const;
    // Says why the dialog was opened for this database (shown above the fields, as a failure is).
    void setMessage(const QString &text);
    // The address of the database the dialog connected to; empty before it was accepted.
    QString location() const { return m_location; }
    bool isConnecting() const { return m_connecting; }

public Q_SLOTS:
    void accept() override;

private:
    void updateUri();
    void tryConnection(const QString &uri, const QString &typedPassword);
    void connectionTried(const QString &uri, const QString &typedPassword, int error, const QString &message);
    void setConnecting(bool connecting);

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_options = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_uri = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_location;
    bool m_connecting = false;
};

} // namespace EpisodeDesk::Ui
