using System.Text.Json.Serialization.Metadata;

namespace InvestPromo.Api.Hosting;

/// <summary>
/// The members a request body must carry because leaving them out would silently change data: the <c>version</c> the client
/// read (a missing one would read as 0 and skip the concurrency check on a new record) and <c>isActive</c> (a missing one would
/// deactivate the record). A body without one is a 400 naming the field; the OpenAPI document lists them as required.
/// </summary>
public static class RequiredRequestMembers
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal) { "version", "isActive" };

    public static void Apply(JsonTypeInfo typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        if (typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.Type.Namespace?.StartsWith("InvestPromo.", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (Names.Contains(property.Name) && (property.PropertyType == typeof(int) || property.PropertyType == typeof(bool))
                && (property.Set is not null || property.AssociatedParameter is not null))
            {
                property.IsRequired = true;
            }
        }
    }
}
