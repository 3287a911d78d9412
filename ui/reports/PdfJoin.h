#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace st {

// Joins two PDF files into one: the pages of `front`, then the pages of `back`. Made for two halves
// of one report painted on two threads by Qt's PDF writer (ReportPdf), so it reads what that writer
// writes: a classic cross-reference table, no incremental updates, no encryption, no object streams.
// `front` keeps its document information (title, creator) and its objects as they are; the objects of
// `back` are renumbered after them, and its font subsets get tags of their own, since two subsets of
// one font must not share a name in one file. Anything else gives an error naming what it found.
// `back` may hold its pages last to first (a thread that painted from the end of the report).
enum class BackPages { InOrder, LastFirst };
Result<QByteArray> joinPdfs(const QByteArray &front, const QByteArray &back, BackPages order = BackPages::InOrder);

} // namespace st
