/* With -fno-builtin-puts, puts is an ordinary external function the
   library model knows nothing of: the buffer it is given stays on the
   heap, while the one printed by fputs (still a builtin) is promoted.  */
/* { dg-do run } */
/* { dg-options "-fno-builtin-puts -fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
work (int i)
{
  char *a = malloc (8); /* { dg-message "'a' \\(8 bytes, malloc\\) stays on the heap: passed to 'puts' \\(argument 1\\), which may capture it \\(line 19\\)" } */
  char *b = malloc (8); /* { dg-message "'b' \\(8 bytes, malloc\\) promoted to the stack" } */
  if (!a || !b)
    return -1;
  strcpy (a, "one");
  puts (a);
  strcpy (b, "two\n");
  fputs (b, stdout);
  free (b);
  free (a);
  return i;
}

int
main (void)
{
  return work (0);
}

/* { dg-output "one\[\r\n\]+two" } */
