/* The remark suggests noescape only for a named parameter of a
   prototype: an argument passed through "..." or to an unprototyped
   function has no parameter that could carry it.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-remarks -Wno-deprecated-non-prototype -Wno-strict-prototypes" } */

#include <stdlib.h>
#include <string.h>

void log_fmt (const char *fmt, ...);
void old_style ();
void log_one (const char *msg);

void
work (void)
{
  char *a = malloc (16); /* { dg-message "'a' \\(16 bytes, malloc\\) stays on the heap: passed to 'log_fmt' \\(argument 2\\), which may capture it \\(line 25\\)" } */
  char *b = malloc (16); /* { dg-message "'b' \\(16 bytes, malloc\\) stays on the heap: passed to 'old_style' \\(argument 1\\), which may capture it \\(line 26\\)" } */
  char *c = malloc (16); /* { dg-message "'c' \\(16 bytes, malloc\\) stays on the heap: passed to 'log_one' \\(argument 1\\), which may capture it \\(line 27\\); if 'log_one' neither keeps nor frees it, declare the parameter noescape" } */
  if (!a || !b || !c)
    return;
  strcpy (a, "x");
  strcpy (b, "y");
  strcpy (c, "z");
  log_fmt ("%s", a);
  old_style (b);
  log_one (c);
  free (a);
  free (b);
  free (c);
}

/* { dg-final { scan-escape-dump-times "declare the parameter noescape" 1 } } */
