// The "Bronnen controleren" button of the Voetnoten panel: the open lemma's web
// addresses checked off the UI thread's way (the network is asynchronous), with
// progress, cancel and a result per note. Shares its cache with `trendweb check-sources`.
#pragma once

#include "sources/sourcechecker.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace trendweb {

class SourceCheck : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString editionRoot READ editionRoot WRITE setEditionRoot NOTIFY editionRootChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // "12 van 30 adressen gecontroleerd", then what was found.
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    // note label → {ok, summary}
    Q_PROPERTY(QVariantMap results READ results NOTIFY resultsChanged)
    // Seconds to wait for an answer (10).
    Q_PROPERTY(double timeout READ timeout WRITE setTimeout NOTIFY timeoutChanged)

public:
    explicit SourceCheck(QObject *parent = nullptr);

    QString editionRoot() const { return m_editionRoot; }
    void setEditionRoot(const QString &root);
    bool busy() const { return m_checker.busy(); }
    QString status() const { return m_status; }
    QVariantMap results() const { return m_results; }
    double timeout() const { return m_timeout; }
    void setTimeout(double seconds);

    // `footnotes` as LemmaOutline gives them: {label, urls, …}. Asks the web anew.
    Q_INVOKABLE void check(const QVariantList &footnotes);
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void editionRootChanged();
    void busyChanged();
    void statusChanged();
    void resultsChanged();
    void timeoutChanged();

private:
    void update();
    void setStatus(const QString &status);

    SourceChecker m_checker;
    QString m_editionRoot;
    QString m_status;
    QVariantMap m_results;
    QHash<QString, QStringList> m_urls; // label → urls
    double m_timeout = 10;
};

} // namespace trendweb
