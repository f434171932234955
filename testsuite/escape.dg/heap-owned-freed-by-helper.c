/* Issue 10, part 4: a container whose array is freed by a helper that
   is not inlined (vec_destroy): the helper may free both, so both stay
   on the heap, each with its reason (a guard: the plugin of e75de14 decides
   the same).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

struct vec { int *data; unsigned n; };

__attribute__ ((noinline)) void
vec_destroy (struct vec *v)
{
  free (v->data);
  free (v);
}

__attribute__ ((noinline)) int
work (unsigned n)
{
  struct vec *v = malloc (sizeof *v); /* { dg-message "'v' \\(16 bytes, malloc\\) stays on the heap: passed to 'vec_destroy' \\(argument 1\\), which may free it" } */
  if (!v)
    abort ();
  v->data = calloc (n, 4); /* { dg-message "object \\(variable size, calloc\\) stays on the heap: reachable by 'vec_destroy' through memory, and 'vec_destroy' may free it" } */
  if (!v->data)
    abort ();
  v->n = n;
  for (unsigned i = 0; i < v->n; i++)
    v->data[i] = (int) (i * 3);
  int s = 0;
  for (unsigned i = 0; i < v->n; i++)
    s += v->data[i];
  vec_destroy (v);
  return s;
}

int
main (void)
{
  printf ("s=%d\n", work (6));
  return 0;
}

/* { dg-output "s=45" } */
/* { dg-final { scan-escape-dump-not "promoted: " } } */
