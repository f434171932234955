/* glibc counts the arguments of some directives differently from a
   naive reading: "%5%" takes no argument, and once a format numbers an
   argument ("%1$p") glibc converts by number.  The plugin then cannot
   tell which argument a %s converts, and trusts none: the object,
   printed with %p in truth, stays on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -Wno-format -Wno-format-extra-args" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *saved, *saved2;

__attribute__ ((noinline)) void
work (void)
{
  char *a = malloc (16); /* { dg-message "'a' \\(16 bytes, malloc\\) stays on the heap: passed to 'sprintf' \\(argument 4\\), which may capture it" } */
  char *b = malloc (16); /* { dg-message "'b' \\(16 bytes, malloc\\) stays on the heap: passed to 'sprintf' \\(argument 3\\), which may capture it" } */
  char buf[64];
  void *q;
  if (!a || !b)
    return;
  strcpy (a, "hello");
  strcpy (b, "world");
  sprintf (buf, "%5%%s%p", "x", a);
  if (strstr (buf, "0x") && sscanf (strstr (buf, "0x"), "%p", &q) == 1)
    saved = q;
  sprintf (buf, "%s %1$p", b);
  if (strstr (buf, "0x") && sscanf (strstr (buf, "0x"), "%p", &q) == 1)
    saved2 = q;
}

__attribute__ ((noinline)) void
clobber (void)
{
  volatile char buf[256];
  for (int i = 0; i < 256; i++)
    buf[i] = 'X';
}

int
main (void)
{
  work ();
  clobber ();
  printf ("%.5s %.5s\n", saved, saved2);
  return 0;
}

/* { dg-output "hello world" } */
