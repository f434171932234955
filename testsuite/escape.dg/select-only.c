/* -fplugin-arg-escape-only=ID,... promotes no site but those listed:
   here 'b' (id b35cc66f8e474403: line 17 of two in select-only.c)
   and an id that names no site.  'a', not listed, stays on the heap,
   as does 'c', which would not be promoted anyway (returned): its
   own reason is given, not the selection.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-site-ids -fplugin-arg-escape-only=ffffffffffffffff,b35cc66f8e474403" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
two (int i)
{
  char *a = malloc (16); /* { dg-message "'a' \\(16 bytes, malloc\\) stays on the heap: deselected by -fplugin-arg-escape-skip=, only= or ESCAPE_BISECT_ONLY \\(bisecting\\) .site \[0-9a-f\]+." } */
  char *b = malloc (32); /* { dg-message "'b' \\(32 bytes, malloc\\) promoted to the stack, with a stack canary .site b35cc66f8e474403." } */
  if (!a || !b)
    return -1;
  a[0] = i;
  b[0] = i + 1;
  int r = a[i & 15] + b[i & 31];
  free (a);
  free (b);
  return r;
}

__attribute__ ((noinline)) char *
keep (int i)
{
  char *c = malloc (8); /* { dg-message "'c' \\(8 bytes, malloc\\) stays on the heap: returned from the function \\(line 34\\) .site \[0-9a-f\]+." } */
  if (c)
    memset (c, i, 8);
  return c;
}

int
main (void)
{
  char *c = keep (1);
  printf ("%d %d\n", two (0) + two (32), c ? c[7] : -1);
  free (c);
  return 0;
}

/* { dg-output "66 1" } */
/* { dg-final { scan-escape-dump-times "heap \\(deselected\\)" 1 } } */
/* { dg-final { scan-escape-dump-times "promoted:" 1 } } */
