/* A compile that emits only LTO bytecode (-flto, no fat objects) never
   runs the pass: it runs in lto1 at link time, and only if the plugin
   is on the link line too (libtool drops -fplugin= from it).  The
   plugin says so once per compile, as a note, so -Werror builds still
   pass; nothing is promoted in this compile.  */
/* { dg-do compile } */
/* { dg-options "-O2 -flto -Werror -fplugin-arg-escape-remarks" } */
/* { dg-message "escape: this compile emits only LTO bytecode, so the plugin runs at link time: put .-fplugin=escape. on the link line too, or compile and link with .escape-gcc." "" { target *-*-* } 0 } */

int
f (int i)
{
  char *p = __builtin_malloc (8);
  if (!p)
    return -1;
  p[0] = i;
  int r = p[i & 7];
  __builtin_free (p);
  return r;
}

/* { dg-final { scan-assembler "__gnu_lto_slim" } } */
