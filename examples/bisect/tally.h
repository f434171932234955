/* tally.h -- the functions of the example of escape-bisect.  */

int stats_checksum (const char *s);
int stats_spread (const int *v, int n);
int words_count (const char *s);
int words_longest (const char *s);
int words_vowels (const char *s);
