/* A local struct holding two buffers of sizes known only at run time,
   filled by a helper through the struct's address (which may
   also reset the pointers) and freed through the
   struct ("free (s.keys); free (s.vals);"): each free's pointer is read
   back from memory, and may point to either buffer.  Both are promoted
   to guarded slots; small sizes make no allocator call, large ones
   fall back to malloc and are freed by the range-tested frees (the
   heap path runs under valgrind).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

#include <string.h>
#include "alloc-count.h"

struct table { int *keys; int *vals; };

__attribute__ ((noinline)) void
fill (struct table *t, unsigned n)
{
  for (unsigned i = 0; i < n; i++)
    {
      t->keys[i] = (int) i;
      t->vals[i] = (int) (n - i);
    }
  if (n == 0)
    t->keys = t->vals = NULL;	/* Frees nothing, as a reset would.  */
}

__attribute__ ((noinline)) unsigned
work (unsigned n)
{
  struct table t;
  t.keys = malloc (n * sizeof (int)); /* { dg-message "promoted to the stack for sizes up to \[0-9\]+ bytes; larger ones still call malloc; \[12\] frees? that may also release another object tests? whether the pointer lies in its slot" } */
  t.vals = malloc (n * sizeof (int)); /* { dg-message "promoted to the stack for sizes up to \[0-9\]+ bytes; larger ones still call malloc; \[12\] frees? that may also release another object tests? whether the pointer lies in its slot" } */
  if (!t.keys || !t.vals)
    abort ();
  fill (&t, n);
  unsigned r = 0;
  for (unsigned i = 0; i < n; i++)
    r += (unsigned) t.keys[i] * (unsigned) t.vals[i];
  free (t.keys);
  free (t.vals);
  return r;
}

int
main (int argc, char **argv)
{
  (void) argv;
  unsigned small = 10 + (unsigned) argc, large = 3000 + (unsigned) argc;
  unsigned t = 0;
  for (int i = 0; i < 5; i++)
    t += work (small + (unsigned) i);
  if (alloc_count_check ("small", 0))
    return 1;
  for (int i = 0; i < 5; i++)
    t += work (large + (unsigned) i);
  if (alloc_count_check ("large", 10))
    return 1;
  printf ("t=%u\n", t);
  return 0;
}

/* { dg-output "t=1092745440" } */
/* { dg-final { scan-escape-dump "range-tested free" } } */
/* { dg-final { valgrind-run } } */
