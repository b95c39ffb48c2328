/** name -> the files (path -> text) of a repository of size n. */
export declare const shapes: Record<string, (n: number) => Record<string, string>>;
