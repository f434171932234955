/* A buffer printed with printf's %s and written by snprintf is only
   read and written by those calls: it is promoted.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int i)
{
  char *line = malloc (40); /* { dg-message "'line' \\(40 bytes, malloc\\) promoted to the stack" } */
  if (!line)
    return -1;
  int n = snprintf (line, 40, "item %d of %d", i, i * i);
  printf ("%s (%d chars)\n", line, n);
  free (line);
  return n;
}

int
main (void)
{
  int t = 0;
  for (int i = 1; i < 4; i++)
    t += work (i * 7);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "item 7 of 49 \\(12 chars\\)\[\r\n\]+item 14 of 196 \\(14 chars\\)\[\r\n\]+item 21 of 441 \\(14 chars\\)\[\r\n\]+t=40" } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
