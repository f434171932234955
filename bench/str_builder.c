/* str_builder.c -- a JSON / log-field escaper (structured loggers,
   JSON encoders, shell-quoting helpers): every field of a record is
   escaped into a growable string that starts small and doubles with
   realloc, hashed, and freed.  Most fields fit the first 64 bytes; one
   in sixteen is long (a stack trace, a URL with a query) and grows the
   buffer to the heap.

   Heap object: malloc (64) per field, realloc (p, cap * 2) on growth.
   Build with -DLIMIT for the hand-written "small buffer first" string:
   a local 64-byte array, moved to malloc'd memory when it must grow.  */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

#define NFIELDS 256
#define FIRST 64

static char fields[NFIELDS][400];
static size_t field_len[NFIELDS];

/* Fill the input fields: short printable strings with quotes and
   control characters sprinkled in, one in sixteen long.  */

static void
make_fields (void)
{
  uint64_t s = 0x5eed5eedULL;
  for (int i = 0; i < NFIELDS; i++)
    {
      size_t n = (i % 16 == 5) ? 200 + bench_rand (&s) % 180
		 : 4 + bench_rand (&s) % 36;
      for (size_t j = 0; j < n; j++)
	{
	  unsigned r = (unsigned) (bench_rand (&s) % 64);
	  fields[i][j] = r == 0 ? '"' : r == 1 ? '\n' : r == 2 ? '\\'
			 : (char) ('a' + r % 26);
	}
      field_len[i] = n;
    }
}

/* Return the hash of the escaped bytes S[0..N).  */

static BENCH_NOINLINE uint64_t
digest (const char *s, size_t n)
{
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char) s[i]) * 1099511628211ULL;
  return h ^ n;
}

/* Escape field F (quotes, backslashes and newlines get a backslash)
   into a growable string; return its digest.  */

static BENCH_NOINLINE uint64_t
escape_field (const char *f, size_t n)
{
  size_t cap = FIRST, len = 0;
#ifdef LIMIT
  char small[FIRST];
  char *s = small;
#else
  char *s = malloc (cap);
  if (!s)
    abort ();
#endif
  for (size_t i = 0; i < n; i++)
    {
      if (len + 2 > cap)
	{
#ifdef LIMIT
	  char *t;
	  if (s == small)
	    {
	      t = malloc (cap * 2);
	      if (t)
		memcpy (t, small, len);
	    }
	  else
	    t = realloc (s, cap * 2);
#else
	  char *t = realloc (s, cap * 2);
#endif
	  if (!t)
	    abort ();
	  s = t;
	  cap *= 2;
	}
      char c = f[i];
      if (c == '"' || c == '\\')
	s[len++] = '\\';
      else if (c == '\n')
	{
	  s[len++] = '\\';
	  c = 'n';
	}
      s[len++] = c;
    }
  uint64_t h = digest (s, len);
#ifdef LIMIT
  if (s != small)
    free (s);
#else
  free (s);
#endif
  return h;
}

/* Run the workload and print its checksum.  */

int
main (int argc, char **argv)
{
  unsigned long n = bench_iterations (argc, argv, 3000000);
  uint64_t sum = 0;

  make_fields ();
  for (unsigned long i = 0; i < n; i++)
    {
      unsigned f = (unsigned) ((i * 37) % NFIELDS);
      sum = bench_mix (sum, escape_field (fields[f], field_len[f]));
    }
  bench_report (sum, n);
  return 0;
}
