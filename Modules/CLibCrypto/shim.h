#ifndef ILACS_CLIBCRYPTO_SHIM_H
#define ILACS_CLIBCRYPTO_SHIM_H
// OpenSSL's SHA-256 with a caller-held state (from libssl-dev, which libpq-dev brings): a state
// is a plain struct, so a prepared one is copied by value, with no allocation. OpenSSL 3 marks
// these calls deprecated in favour of EVP, whose copies allocate; they stay supported in 3.x.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>
#endif
