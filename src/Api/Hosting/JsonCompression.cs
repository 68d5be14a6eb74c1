using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InvestPromo.Api.Hosting;

/// <summary>
/// Brotli or gzip (their optimal levels: about a millisecond for the largest answer) for JSON answers to GET, over HTTP and HTTPS. The reference data a form loads is the
/// large part (/api/regions: 89 KB, 14 KB compressed), downloaded on every cold start of a phone.
/// BREACH needs a secret and attacker-chosen text in one compressed body, fetched again and again with the victim's
/// credentials. Here: secrets travel in cookies and headers, never in a GET body; the bodies that do carry one (a new API
/// key, an objection's receipt code) answer POSTs, which are never compressed; and the sign-in cookie is SameSite=Strict,
/// so another site cannot make a browser fetch signed-in answers. Static SPA files are precompressed (SpaHosting).
/// </summary>
public static class JsonCompression
{
    public static IServiceCollection AddJsonCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["application/json"];
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Replace(ServiceDescriptor.Singleton<IResponseCompressionProvider, GetOnlyCompressionProvider>());
        return services;
    }

    public static IApplicationBuilder UseJsonCompression(this IApplicationBuilder app) => app.UseResponseCompression();

    /// <summary>Compresses only answers to GET (and so never a POST's one-time secret).</summary>
    private sealed class GetOnlyCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
        : ResponseCompressionProvider(services, options)
    {
        public override bool ShouldCompressResponse(HttpContext context) =>
            HttpMethods.IsGet(context.Request.Method) && base.ShouldCompressResponse(context);
    }
}
