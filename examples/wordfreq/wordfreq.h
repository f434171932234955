/* wordfreq.h -- the example program of escape-report (README, "Finding
   the allocations that matter"): counts the words of generated lines.
   Its allocation sites cover the common verdicts: promoted scratch
   buffers, a word copied by an inline helper (inlined into two
   functions), objects stored into a table, a message passed to a logger
   of another file, a buffer above max-object-size.  */

#ifndef WORDFREQ_H
#define WORDFREQ_H

#include <stdlib.h>
#include <string.h>

struct entry { char *word; int count; struct entry *next; };
struct table { struct entry *buckets[64]; int words; };

/* A copy of the N bytes of S as a string.  */
static inline char *
copy_word (const char *s, size_t n)
{
  char *w = malloc (n + 1);
  if (!w)
    abort ();
  memcpy (w, s, n);
  w[n] = '\0';
  return w;
}

/* table.c */
void table_add (struct table *, const char *, size_t);
int table_longest (const struct table *);
void table_free (struct table *);

/* parse.c */
int parse_line (struct table *, const char *, int);

/* log.c */
void log_msg (char *);
void log_flush (void);

#endif
