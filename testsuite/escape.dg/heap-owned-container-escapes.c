/* Issue 10, part 4: when the container escapes (stored to a global),
   the array it holds is stored into memory that outlives the function:
   both stay on the heap, each with its reason (a guard: the plugin of e75de14 decides
   the same).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

struct vec { int *data; unsigned n; };

struct vec *keep;

__attribute__ ((noinline)) int
work (unsigned n)
{
  struct vec *v = malloc (sizeof *v); /* { dg-message "'v' \\(16 bytes, malloc\\) stays on the heap: stored to global variable 'keep'" } */
  if (!v)
    abort ();
  v->data = calloc (n, 4); /* { dg-message "object \\(variable size, calloc\\) stays on the heap: stored into memory that outlives the function" } */
  if (!v->data)
    abort ();
  v->n = n;
  for (unsigned i = 0; i < v->n; i++)
    v->data[i] = (int) (i * 3);
  int s = 0;
  for (unsigned i = 0; i < v->n; i++)
    s += v->data[i];
  keep = v;
  return s;
}

int
main (void)
{
  int s = work (6);
  printf ("s=%d %d\n", s, keep->data[5]);
  free (keep->data);
  free (keep);
  return 0;
}

/* { dg-output "s=45 15" } */
/* { dg-final { scan-escape-dump-not "promoted: " } } */
