#pragma once

// The fingerprint of approved minutes: SHA-256 over a canonical text of the meeting. The
// canonical form is versioned and frozen: version 1 is a fixed list of fields in a fixed
// order (docs/document.md lists them), independent of the JSON, the document or the
// database, so a fingerprint taken today can be checked by any later program. An assignment's
// status and its date are left out: they change after approval as follow-up.

#include "Meeting.h"

#include <QByteArray>
#include <QString>

namespace minutebook {

namespace MeetingFingerprint {

/// The version new approvals use.
constexpr int currentVersion = 1;

/// Whether this program can compute fingerprints of `version`.
bool isKnown(int version);

/// The canonical text (UTF-8) of version `version`; empty for an unknown version. Includes
/// the approvers and the approval date of meeting.approval, never its fingerprint.
QByteArray canonical(const Meeting &meeting, int version = currentVersion);

/// SHA-256 of canonical(), lower-case hex; empty for an unknown version.
QString of(const Meeting &meeting, int version = currentVersion);

/// The hex digits in groups of four, as the document prints them ("3f9a 1c07 …"); `groups`
/// limits how many (0: all).
QString grouped(const QString &fingerprint, int groups = 0);

} // namespace MeetingFingerprint

} // namespace minutebook
