using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace InvestPromo.Api.Hosting;

/// <summary>
/// Serves the built SPA (client/dist). Its hashed files under /assets/ never change under one name: they are cached for a
/// year as immutable, and sent as the Brotli or gzip file the Vite build wrote beside each one (name.br, name.gz) when
/// the caller accepts it (br first, then gzip, else the file itself), with Vary: Accept-Encoding. A missing asset is a
/// 404 for anyone, never the index page or a sign-in challenge. Everything else (index.html, also as the fallback for
/// the client's routes, and the favicon) is no-cache, so a new deployment is seen on the next load.
/// </summary>
public static class SpaHosting
{
    public const string AssetsPath = "/assets";
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";
    public const string RevalidateCacheControl = "no-cache";

    private static readonly (string Encoding, string Extension)[] Precompressed = [("br", ".br"), ("gzip", ".gz")];
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>The built SPA: "Spa:RootPath", else wwwroot, else ../../client/dist from the content root; null when none has an index.html.</summary>
    public static PhysicalFileProvider? FindSpaFiles(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var configured = configuration["Spa:RootPath"];
        string[] candidates = string.IsNullOrWhiteSpace(configured)
            ? [Path.Combine(environment.ContentRootPath, "wwwroot"), Path.Combine(environment.ContentRootPath, "..", "..", "client", "dist")]
            : [Path.GetFullPath(configured, environment.ContentRootPath)];
        var root = candidates.FirstOrDefault(path => File.Exists(Path.Combine(path, "index.html")));
        return root is null ? null : new PhysicalFileProvider(Path.GetFullPath(root));
    }

    /// <summary>The SPA's files, before authentication (they are public): "/" is index.html, /assets/ precompressed and immutable.</summary>
    public static void UseSpaFiles(this IApplicationBuilder app, IFileProvider spa)
    {
        app.Use((context, next) => ChoosePrecompressedAsset(context, spa) ?? next(context));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = spa });
        app.UseStaticFiles(StaticFiles(spa));
    }

    /// <summary>index.html for every path that is not a file, an endpoint or under /api (ApiPathFallback answers those).</summary>
    public static void MapSpaFallback(this IEndpointRouteBuilder endpoints, IFileProvider spa) =>
        endpoints.MapFallbackToFile("index.html", StaticFiles(spa)).AllowAnonymous();

    private static StaticFileOptions StaticFiles(IFileProvider spa) => new()
    {
        FileProvider = spa,
        ContentTypeProvider = new PrecompressedContentTypes(),
        OnPrepareResponse = context =>
        {
            var headers = context.Context.Response.Headers;
            if (!context.Context.Request.Path.StartsWithSegments(AssetsPath))
            {
                headers.CacheControl = RevalidateCacheControl;
                return;
            }

            headers.CacheControl = ImmutableCacheControl;
            headers.Vary = HeaderNames.AcceptEncoding;
            var encoding = Precompressed.FirstOrDefault(p => context.File.Name.EndsWith(p.Extension, StringComparison.Ordinal)).Encoding;
            if (encoding is not null)
            {
                headers.ContentEncoding = encoding;
            }
        },
    };

    /// <summary>
    /// For a GET or HEAD of an asset: points the request at the compressed file the caller accepts, if the build wrote one.
    /// Answers 404 itself for an asset that does not exist, or for a .br/.gz file asked for by name. Null: carry on.
    /// </summary>
    private static Task? ChoosePrecompressedAsset(HttpContext context, IFileProvider spa)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments(AssetsPath) || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            return null;
        }

        var path = request.Path.Value!;
        if (Precompressed.Any(p => path.EndsWith(p.Extension, StringComparison.OrdinalIgnoreCase)) || !spa.GetFileInfo(path).Exists)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        var accepted = AcceptedEncodings(request);
        foreach (var (encoding, extension) in Precompressed)
        {
            if (accepted.Contains(encoding) && spa.GetFileInfo(path + extension).Exists)
            {
                request.Path = new PathString(path + extension);
                break;
            }
        }

        return null;
    }

    /// <summary>The codings the caller accepts with a weight above zero ("*" stands for any not named).</summary>
    private static HashSet<string> AcceptedEncodings(HttpRequest request)
    {
        var named = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in request.GetTypedHeaders().AcceptEncoding)
        {
            named[value.Value.Value ?? string.Empty] = value.Quality ?? 1;
        }

        var any = named.GetValueOrDefault("*", 0);
        return Precompressed
            .Select(p => p.Encoding)
            .Where(encoding => named.TryGetValue(encoding, out var quality) ? quality > 0 : any > 0)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The content type of name.js.br is that of name.js; Content-Encoding is set from the suffix when the file is sent.</summary>
    private sealed class PrecompressedContentTypes : IContentTypeProvider
    {
        public bool TryGetContentType(string subpath, out string contentType)
        {
            var extension = Precompressed.FirstOrDefault(p => subpath.EndsWith(p.Extension, StringComparison.Ordinal)).Extension;
            return ContentTypes.TryGetContentType(extension is null ? subpath : subpath[..^extension.Length], out contentType!);
        }
    }
}
