/* -fplugin-arg-escape-skip=ID keeps the site of that id on the heap and
   changes nothing else; -fplugin-arg-escape-site-ids prints the ids
   (a hash of the file's base name, line, the function, the calls it
   was inlined through and the site's number among those of its line),
   the same at every level.  The id of 'a' is a3919ddf085433b3 (line 16,
   the first site of that line of two in select-skip.c).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-site-ids -fplugin-arg-escape-skip=a3919ddf085433b3" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
two (int i)
{
  char *a = malloc (16); /* { dg-message "'a' \\(16 bytes, malloc\\) stays on the heap: deselected by -fplugin-arg-escape-skip=, only= or ESCAPE_BISECT_ONLY \\(bisecting\\) .site a3919ddf085433b3." } */
  char *b = malloc (32); /* { dg-message "'b' \\(32 bytes, malloc\\) promoted to the stack, with a stack canary .site \[0-9a-f\]+." } */
  if (!a || !b)
    return -1;
  a[0] = i;
  b[0] = i + 1;
  int r = a[i & 15] + b[i & 31];
  free (a);
  free (b);
  return r;
}

int
main (void)
{
  printf ("%d\n", two (0) + two (32));
  return 0;
}

/* { dg-output "66" } */
/* { dg-final { scan-escape-dump "heap \\(deselected\\)" } } */
/* { dg-final { scan-escape-dump-times "promoted:" 1 } } */
