#ifndef ILACS_CLIBPQ_SHIM_H
#define ILACS_CLIBPQ_SHIM_H
// The one C header the Postgres module needs: libpq's client API (from libpq-dev).
#include <libpq-fe.h>
#endif
