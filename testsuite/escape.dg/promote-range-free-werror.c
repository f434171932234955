/* A range-tested free or realloc keeps the original call on the path
   where the pointer lies outside the slot.  GCC cannot fold the test
   when the pointer comes from a call that returns its argument
   (strcpy), and -Wfree-nonheap-object (on by default) would then warn
   that the kept call frees the slot: the rewrite hides the pointer's
   origin from that warning, so a -Werror build still builds.  */
/* { dg-do run } */
/* { dg-options "-Werror -fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
g (size_t n)
{
  char *p = strcpy (malloc (32), "hi"); /* { dg-message "promoted to the stack" } */
  char *r = realloc (p, n);
  if (!r)
    {
      free (p);
      return -1;
    }
  int s = r[0];
  free (r);
  return s;
}

__attribute__ ((noinline)) void
f (int k)
{
  char *p = malloc (32); /* { dg-message "'p' \\(32 bytes, malloc\\) promoted to the stack" } */
  char *q = strcpy (p, "text");
  char *o = malloc (32); /* { dg-message "'o' \\(32 bytes, malloc\\) promoted to the stack" } */
  strcpy (o, "other");
  puts (q);
  puts (o);
  free (k ? q : o);
  free (k ? o : q);
}

int
main (int argc, char **argv)
{
  (void) argv;
  printf ("%d %d\n", g (100), g (8));
  f (argc > 1);
  f (argc > 0);
  return 0;
}

/* { dg-output "104 104\[\r\n\]+text\[\r\n\]+other\[\r\n\]+text\[\r\n\]+other" } */
/* { dg-final { valgrind-run } } */
