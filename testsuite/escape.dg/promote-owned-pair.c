/* Issue 10, part 4: an object owned through another one.  An inlined
   vec_init/vec_destroy pair: the container is promoted to a fixed slot,
   and the array it holds, stored only into the container (memory of
   this function that does not escape), to a guarded slot whose free,
   through the pointer read back from the container, is range-tested.
   The plugin of e75de14 kept the array on the heap (stored-read-as-data,
   at the read of v->n; issue 10's rules for the data reads let it go).
   Small vectors make no heap call.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

#include "alloc-count.h"

struct vec { int *data; unsigned n; };

static inline struct vec *
vec_init (unsigned n)
{
  struct vec *v = malloc (sizeof *v); /* { dg-message "'v' \\(16 bytes, malloc\\) promoted to the stack" } */
  if (!v)
    abort ();
  v->data = calloc (n, 4); /* { dg-message "object \\(variable size, calloc\\) promoted to the stack for sizes up to 1024 bytes; larger ones still call calloc" } */
  if (!v->data)
    abort ();
  v->n = n;
  return v;
}

static inline void
vec_destroy (struct vec *v)
{
  free (v->data);
  free (v);
}

__attribute__ ((noinline)) int
work (unsigned n)
{
  struct vec *v = vec_init (n);
  for (unsigned i = 0; i < v->n; i++)
    v->data[i] = (int) (i * 3);
  int s = 0;
  for (unsigned i = 0; i < v->n; i++)
    s += v->data[i];
  vec_destroy (v);
  return s;
}

int
main (int argc, char **argv)
{
  (void) argv;
  int t = 0;
  for (unsigned r = 0; r < 10; r++)
    t += work (5 + r + (unsigned) argc);
  if (alloc_count_check ("small vectors", 0))
    return 1;
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=" } */
/* { dg-final { scan-escape-dump "promoted: 'v' \\(16 bytes, malloc\\)" } } */
/* { dg-final { valgrind-run } } */
