/* With -ffat-lto-objects the compile also emits ordinary code, and the
   pass runs in it: no note about the link line (lto-slim-note.c; an
   unexpected note fails the test as an excess error), and the site is
   promoted as without -flto.  */
/* { dg-do compile } */
/* { dg-options "-O2 -flto -ffat-lto-objects -fplugin-arg-escape-remarks" } */

int
f (int i)
{
  char *p = __builtin_malloc (8); /* { dg-message "'p' \\(8 bytes, malloc\\) promoted to the stack" } */
  if (!p)
    return -1;
  p[0] = i;
  int r = p[i & 7];
  __builtin_free (p);
  return r;
}
