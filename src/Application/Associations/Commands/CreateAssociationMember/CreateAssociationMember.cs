using InvestPromo.Domain.Associations;

namespace InvestPromo.Application.Associations.Commands.CreateAssociationMember;

/// <summary>
/// Adds a member company (credit code when domestic, checked like a filing's; the chain must exist). <see cref="AssociationId"/>
/// names the association for the center; a user of role Association sends none and reaches only its own (another → 404).
/// </summary>
public sealed record CreateAssociationMemberCommand(Guid? AssociationId, string CompanyName, string? CreditCode, Guid? IndustryChainId, string? Position)
    : ICommand<AssociationMemberDto>;

public sealed class CreateAssociationMemberValidator : AbstractValidator<CreateAssociationMemberCommand>
{
    public CreateAssociationMemberValidator()
    {
        RuleFor(x => x.CompanyName).NotEmpty().MaximumLength(AssociationMember.CompanyNameMaxLength).SingleLineText();
        RuleFor(x => x.CreditCode).MaximumLength(18);
        RuleFor(x => x.Position).MaximumLength(AssociationMember.PositionMaxLength).SingleLineText();
    }
}

public sealed class CreateAssociationMemberHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateAssociationMemberCommand, AssociationMemberDto>
{
    public async ValueTask<AssociationMemberDto> Handle(CreateAssociationMemberCommand command, CancellationToken cancellationToken)
    {
        var association = await AssociationRegistry.ResolveAsync(db, user, command.AssociationId, cancellationToken);
        await AssociationRegistry.CheckMemberAsync(db, command.CreditCode, command.IndustryChainId, cancellationToken);
        var member = AssociationMember.Add(
            association.Id, command.CompanyName, AssociationRegistry.NormaliseCreditCode(command.CreditCode), command.IndustryChainId, command.Position,
            user.UserId, clock.GetUtcNow());
        db.AssociationMembers.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return await AssociationRegistry.MembersOf(db, association.Id, member.Id).FirstAsync(cancellationToken);
    }
}
