using InvestPromo.Domain.People;

namespace InvestPromo.Application.People.Natives.Commands.CreateNative;

/// <summary>Adds a notable native to the directory (在外知名人士名录).</summary>
public sealed record CreateNativeCommand(
    string Name,
    string? NativeCounty = null,
    string? Company = null,
    string? Position = null,
    Guid? IndustryChainId = null,
    string? CityRegionCode = null,
    Guid? AssociationId = null,
    bool IsListed = false,
    IReadOnlyList<string>? Tags = null,
    string? Phone = null,
    string? Email = null) : ICommand<NativeDto>, INativeFields;

public sealed class CreateNativeValidator : AbstractValidator<CreateNativeCommand>
{
    public CreateNativeValidator() => this.AddFieldRules();
}

public sealed class CreateNativeHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateNativeCommand, NativeDto>
{
    public async ValueTask<NativeDto> Handle(CreateNativeCommand command, CancellationToken cancellationToken)
    {
        await PeopleRules.CheckReferencesAsync(db, command.IndustryChainId, command.AssociationId, cancellationToken);
        var native = NotableNative.Create(command.Name, command.Details(), user.UserId, clock.GetUtcNow());
        db.NotableNatives.Add(native);
        await db.SaveChangesAsync(cancellationToken);
        return await NativeQueries.ReadAsync(db, user, native.Id, cancellationToken);
    }
}
