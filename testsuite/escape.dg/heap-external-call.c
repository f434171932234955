/* An object passed to a library function GCC knows nothing about
   (printf's %s) may be captured, as far as anyone can prove.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
work (int i)
{
  char *s = malloc (16); /* { dg-message "'s' \\(16 bytes, malloc\\) stays on the heap: passed to 'printf' \\(argument 2\\), which may capture it \\(line 17\\)" } */
  if (!s)
    return -1;
  strcpy (s, "item");
  printf ("%s %d\n", s, i);
  free (s);
  return i;
}

int
main (void)
{
  return work (3) - 3;
}

/* { dg-output "item 3" } */
/* { dg-final { scan-escape-dump "heap \\(call-capture\\): 's'" } } */
