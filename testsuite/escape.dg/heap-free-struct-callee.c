/* The struct of promote-free-struct-fields.c, but freed by a helper
   that is not inlined: a deallocation outside the function cannot be
   range-tested, so both buffers stay on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

struct table { int *keys; unsigned n; int *vals; };

__attribute__ ((noinline)) void
destroy (struct table *t)
{
  free (t->keys);
  free (t->vals);
}

__attribute__ ((noinline)) int
work (unsigned n)
{
  struct table t;
  t.n = n;
  t.keys = malloc (n * sizeof (int)); /* { dg-message "stays on the heap: reachable by 'destroy' through memory, and 'destroy' may free it" } */
  t.vals = malloc (n * sizeof (int)); /* { dg-message "stays on the heap: reachable by 'destroy' through memory, and 'destroy' may free it" } */
  if (!t.keys || !t.vals)
    abort ();
  int s = 0;
  for (unsigned i = 0; i < n; i++)
    {
      t.keys[i] = (int) i;
      t.vals[i] = (int) (n - i);
    }
  for (unsigned i = 0; i < t.n; i++)
    s += t.keys[i] * t.vals[(i + 1) % n];
  destroy (&t);
  return s;
}

int
main (int argc, char **argv)
{
  (void) argv;
  int t = 0;
  for (int i = 0; i < 5; i++)
    t += work (10 + (unsigned) argc + (unsigned) i);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=2280" } */
/* { dg-final { scan-escape-dump-times "heap \\(call-reach-free\\)" 2 } } */
/* { dg-final { scan-escape-dump-not "range-tested free" } } */
