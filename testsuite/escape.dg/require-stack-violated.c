/* escape_require_stack on a function with a site that stays on the
   heap is an error (not a warning: no -Werror here) at the site, whose
   text is the remark's reason; the promoted site of the same function
   gives no error, and a site of a function without the attribute that
   stays on the heap gives none either.  */
/* { dg-do compile } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void g (char *);

__attribute__ ((escape_require_stack)) void
f (const char *s)
{
  char *buf = malloc (64); /* { dg-error "escape: 'buf' \\(64 bytes, malloc\\) must be on the stack \\(escape_require_stack on 'f'\\) but stays on the heap: passed to 'g' \\(argument 1\\), which may capture it \\(line 22\\)" } */
  char *ok = malloc (16); /* { dg-bogus "must be on the stack" } */
  if (!buf || !ok)
    return;
  strncpy (buf, s, 63);
  g (buf);
  strncpy (ok, s, 15);
  ok[15] = 0;
  if (strlen (ok) > 3)
    free (buf);
  free (ok);
}

void
h (void)
{
  char *p = malloc (8); /* { dg-bogus "must be on the stack" } */
  g (p);
}

/* escape_keep_heap on the variable wins over escape_require_stack, and
   fopen's result (malloc attribute, no memory to promote) is not
   checked: no error for either.  */
__attribute__ ((escape_require_stack)) void
exempt (const char *name)
{
  char *kept __attribute__ ((escape_keep_heap)) = malloc (32); /* { dg-bogus "must be on the stack" } */
  g (kept);
  FILE *f = fopen (name, "r"); /* { dg-bogus "must be on the stack" } */
  if (f)
    g ((char *) f);
}

/* { dg-final { scan-escape-dump "heap \\(call-capture\\): 'buf'" } } */
/* { dg-final { scan-escape-dump "promoted: 'ok'" } } */
