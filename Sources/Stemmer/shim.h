// Snowball's stemmers (libstemmer): plain C functions Swift calls as they are, so no wrappers.
#include <libstemmer.h>
