using System.Diagnostics.Metrics;
using System.Globalization;

namespace InvestPromo.Api.Hosting;

/// <summary>
/// The <see cref="IMeterFactory"/> of one host: every meter it makes (ASP.NET Core's, Kestrel's, HttpClient's, the domain's)
/// carries the tag <see cref="TagName"/> with this host's number in the process (1 for the only host of a deployed process).
/// OpenTelemetry listens to meters by name across the whole process and keys a metric stream by name, version and tags: without
/// the tag, two hosts in one process (the integration tests' factories) share a stream, and disposing one host ends the stream
/// for the other. Same name, version and tags give the same meter, as with the default factory; disposing the factory disposes
/// its meters.
/// </summary>
public sealed class HostMeterFactory : IMeterFactory
{
    public const string TagName = "investpromo.host";

    private static int hosts;

    private readonly Lock gate = new();
    private readonly List<Meter> meters = [];
    private readonly KeyValuePair<string, object?> hostTag =
        new(TagName, Interlocked.Increment(ref hosts).ToString(CultureInfo.InvariantCulture));

    private bool disposed;

    /// <summary>This host's number in the process, as tagged.</summary>
    public string Host => (string)hostTag.Value!;

    public Meter Create(MeterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Scope is not null && !ReferenceEquals(options.Scope, this))
        {
            throw new InvalidOperationException("The meter options name another factory as their scope.");
        }

        var tags = (options.Tags ?? [])
            .Where(tag => tag.Key != TagName)
            .Append(hostTag)
            .OrderBy(tag => tag.Key, StringComparer.Ordinal)
            .ToList();
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var existing = meters.Find(meter => meter.Name == options.Name && meter.Version == options.Version && SameTags(meter.Tags, tags));
            if (existing is not null)
            {
                return existing;
            }

            var created = new Meter(new MeterOptions(options.Name)
            {
                Version = options.Version,
                Tags = tags,
                Scope = this,
                TelemetrySchemaUrl = options.TelemetrySchemaUrl,
            });
            meters.Add(created);
            return created;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            foreach (var meter in meters)
            {
                meter.Dispose();
            }

            meters.Clear();
        }
    }

    private static bool SameTags(IEnumerable<KeyValuePair<string, object?>>? existing, List<KeyValuePair<string, object?>> wanted) =>
        (existing ?? []).SequenceEqual(wanted, TagComparer.Instance);

    private sealed class TagComparer : IEqualityComparer<KeyValuePair<string, object?>>
    {
        public static readonly TagComparer Instance = new();

        public bool Equals(KeyValuePair<string, object?> x, KeyValuePair<string, object?> y) =>
            x.Key == y.Key && Equals(x.Value, y.Value);

        public int GetHashCode(KeyValuePair<string, object?> obj) => HashCode.Combine(obj.Key, obj.Value);
    }
}
