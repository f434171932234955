/* words.h -- the interface of libwords, the library of the build-tools
   example (README "Using it in a build").  */
#ifndef WORDS_H
#define WORDS_H
unsigned words_hash (const char *s);
#endif
