/* edit_distance.c -- "did you mean ...?" suggestions (git's
   help.autocorrect, shells' command-not-found hooks, compilers'
   misspelled-identifier hints): every query word is compared with a
   dictionary of short words by Levenshtein distance over a full
   (m+1) x (n+1) dynamic-programming matrix with a fixed 33-column
   stride, zeroed with calloc.

   Heap object: the DP matrix, calloc (33 * 33, sizeof (int)) = 4356
   bytes, constant size.
   Build with -DLIMIT to use a zero-initialized local array instead.  */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

#define MAX_WORD 32
#define DIM (MAX_WORD + 1)
#define NWORDS 64
#define NQUERIES 256

static char dict[NWORDS][DIM];
static unsigned char dict_len[NWORDS];
static char queries[NQUERIES][DIM];
static unsigned char query_len[NQUERIES];

static const char *const commands[] = {
  "add", "am", "annotate", "apply", "archive", "bisect", "blame", "branch",
  "bundle", "checkout", "cherry-pick", "citool", "clean", "clone", "commit",
  "config", "count-objects", "describe", "diff", "difftool", "fetch",
  "format-patch", "fsck", "gc", "grep", "gui", "help", "init", "instaweb",
  "log", "maintenance", "merge", "mergetool", "mv", "notes", "pull", "push",
  "range-diff", "rebase", "reflog", "remote", "repack", "replace",
  "request-pull",
  "reset", "restore", "revert", "rm", "send-email", "shortlog", "show",
  "show-branch", "sparse-checkout", "stash", "status", "submodule", "switch",
  "tag", "whatchanged", "worktree", "filter-branch", "fast-import",
  "verify-commit", "update-index"
};

/* The command table must have exactly NWORDS entries.  */
typedef char commands_has_nwords[sizeof commands / sizeof *commands == NWORDS
                                 ? 1 : -1];

/* Fill the dictionary and derive NQUERIES misspelled queries from it.  */

static void
make_words (void)
{
  uint64_t s = 0x7e57ab1e7e57ab1eULL;
  int i;

  for (i = 0; i < NWORDS; i++)
    {
      dict_len[i] = strlen (commands[i]);
      memcpy (dict[i], commands[i], dict_len[i]);
    }
  for (i = 0; i < NQUERIES; i++)
    {
      uint64_t r = bench_rand (&s);
      int w = r % NWORDS;
      int len = dict_len[w];
      int pos = (r >> 8) % len;

      memcpy (queries[i], dict[w], len);
      switch ((r >> 16) % 4)
        {
        case 0:                 /* substitution */
          queries[i][pos] = 'a' + (r >> 24) % 26;
          break;
        case 1:                 /* deletion */
          memmove (queries[i] + pos, queries[i] + pos + 1, len - pos - 1);
          len--;
          break;
        case 2:                 /* insertion */
          if (len < MAX_WORD)
            {
              memmove (queries[i] + pos + 1, queries[i] + pos, len - pos);
              queries[i][pos] = 'a' + (r >> 24) % 26;
              len++;
            }
          break;
        default:                /* transposition */
          if (pos + 1 < len)
            {
              char t = queries[i][pos];

              queries[i][pos] = queries[i][pos + 1];
              queries[i][pos + 1] = t;
            }
          break;
        }
      query_len[i] = len;
    }
}

/* Fill the DP matrix D (stride DIM, zeroed by the caller) for the
   strings A (length LA) and B (length LB).  */

static BENCH_NOINLINE void
fill_matrix (int *d, const char *a, size_t la, const char *b, size_t lb)
{
  size_t i, j;

  for (i = 1; i <= la; i++)
    d[i * DIM] = i;
  for (j = 1; j <= lb; j++)
    d[j] = j;
  for (i = 1; i <= la; i++)
    for (j = 1; j <= lb; j++)
      {
        int best = d[(i - 1) * DIM + j - 1] + (a[i - 1] != b[j - 1]);
        int del = d[(i - 1) * DIM + j] + 1;
        int ins = d[i * DIM + j - 1] + 1;

        if (del < best)
          best = del;
        if (ins < best)
          best = ins;
        d[i * DIM + j] = best;
      }
}

/* Return the Levenshtein distance of A (length LA) and B (length LB),
   both at most MAX_WORD long.  */

static BENCH_NOINLINE int
edit_distance (const char *a, size_t la, const char *b, size_t lb)
{
  int dist;
#ifdef LIMIT
  int d[DIM * DIM] = { 0 };
#else
  int *d = calloc (DIM * DIM, sizeof *d);

  if (!d)
    abort ();
#endif
  fill_matrix (d, a, la, b, lb);
  dist = d[la * DIM + lb];
#ifndef LIMIT
  free (d);
#endif
  return dist;
}

/* Run the workload and print its checksum.  */

int
main (int argc, char **argv)
{
  unsigned long n = bench_iterations (argc, argv, 3000000);
  unsigned long i;
  uint64_t sum = 0;
  int best = MAX_WORD + 1, best_word = 0;

  make_words ();
  for (i = 0; i < n; i++)
    {
      unsigned q = (i / NWORDS) % NQUERIES, w = i % NWORDS;
      int dist = edit_distance (queries[q], query_len[q], dict[w],
                                dict_len[w]);

      if (dist < best)
        {
          best = dist;
          best_word = w;
        }
      if (w == NWORDS - 1)
        {
          sum = bench_mix (sum, (uint64_t) best << 8 | best_word);
          best = MAX_WORD + 1;
        }
      sum += dist;
    }
  bench_report (sum, n);
  return 0;
}
